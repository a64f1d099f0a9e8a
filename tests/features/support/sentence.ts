import type { MatcherFunction } from '@testing-library/react';

/**
 * Matches the innermost element whose whole text matches `pattern`. Testing Library's string and
 * regex matchers read only an element's own text nodes, and a sentence that isolates dump text in
 * <bdi> runs ("Opened “<bdi>Title</bdi>” from …") spans several elements.
 */
export function sentence(pattern: RegExp): MatcherFunction {
  return (_content, element) =>
    element !== null &&
    pattern.test(element.textContent ?? '') &&
    ![...element.children].some((child) => pattern.test(child.textContent ?? ''));
}
