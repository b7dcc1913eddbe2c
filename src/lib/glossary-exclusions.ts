/**
 * Quoted strings found in two or more reports that are not policy terms and get no glossary entry: single characters
 * (from “特”“优”战略), product and labour brands, figures of speech and ordinary phrases. The glossary page lists them.
 */
export const EXCLUDED_TERMS = ['优', '特', '永济冬枣', '永济葡萄', '运城面粉', '永济工匠', '黄河人家', '烟火气', '磁吸效应', '一站式', '最后一公里', '全覆盖'] as const;
