/** The demo parent with one child (whose caseworker is the demo caseworker). */
export const PARENT_ONE_CHILD = 'foraelder@eksempelby.dk';
/** The demo parent with two children. */
export const PARENT_TWO_CHILDREN = 'foraelder2@eksempelby.dk';
/** A phone-sized window. */
export const PHONE = { width: 360, height: 740 } as const;
