import { useEffect, useState } from 'preact/hooks';

/** The page's `#section/detail` address, kept in step with the browser's history. */
export function useHashRoute(fallback: string): [string, ...string[]] {
  const read = () => (location.hash.slice(1) || fallback).split('/').map(decodeURIComponent) as [string, ...string[]];
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return route;
}
