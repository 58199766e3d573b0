/** The two languages every trappen app supports; Danish is the default. */
export type Lang = 'da' | 'en';

/** Every supported language, Danish first. */
export const LANGS: readonly Lang[] = ['da', 'en'];

/** One language's messages, keyed by message id. */
export type Messages<K extends string> = Readonly<Record<K, string>>;

/** Messages in both languages, with exactly the same keys in each. */
export interface Dictionary<K extends string> {
  /** Danish messages (the source of truth). */
  readonly da: Messages<K>;
  /** English messages. */
  readonly en: Messages<K>;
}

/** Values interpolated into `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A translate function bound to one language and dictionary. */
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

/**
 * Declares a typed dictionary. Danish is written first and fixes the keys; the
 * English messages must then have exactly the same keys, so a missing translation
 * is a type error.
 *
 * @example
 * ```ts
 * const messages = defineMessages(
 *   { greeting: 'Hej {name}' },
 *   { greeting: 'Hello {name}' },
 * );
 * ```
 */
export function defineMessages<K extends string>(
  da: Messages<K>,
  en: Messages<NoInfer<K>>,
): Dictionary<K> {
  return { da, en };
}

/**
 * Replaces `{name}` placeholders in a message. Unknown placeholders are left as
 * they are, so a missing value is visible rather than silently empty.
 */
export function interpolate(message: string, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Builds a translate function for one language of a dictionary. */
export function translator<K extends string>(dictionary: Dictionary<K>, lang: Lang): Translate<K> {
  const messages = dictionary[lang];
  return (key, values) => interpolate(messages[key], values);
}
