/**
 * A user-supplied string (a person's name, a search query) placed inside one of the app's own
 * sentences, as the value of a `<tag></tag>` in a message read with `t.rich`: isolated, so its
 * direction, or a direction control left open in it, cannot reorder the sentence's words.
 * Plain text with no markup (an attribute, an <option>, the page title) uses `isolateText`.
 */
export function isolated(text: string) {
  return function Isolated() {
    return <bdi>{text}</bdi>;
  };
}
