import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, updated on resize. Charts draw in real pixels
 * so their text stays readable at 360 px instead of shrinking with a viewBox.
 * Before layout (and on the server) `fallback` is used.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback = 640,
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const w = element.getBoundingClientRect().width;
      if (w > 0) setWidth(Math.round(w));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
