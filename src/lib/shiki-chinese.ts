import type { ShikiTransformer } from 'shiki';

/** Marks highlighted tokens that hold Chinese (strings in the JSON examples) as Chinese, for WCAG 3.1.2 on English pages. */
export const markChineseTokens: ShikiTransformer = {
  name: 'mark-chinese-tokens',
  span(node, _line, _column, _lineElement, token) {
    if (/\p{Script=Han}/u.test(token.content)) node.properties.lang = 'zh-CN';
  },
};
