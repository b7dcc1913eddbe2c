/**
 * Quoted strings several reports print that are not policy terms and get no glossary entry, by why: single
 * characters (from “特”“优”战略), product, labour and place brands and platform names, honours conferred on a place,
 * events, figures of speech and ordinary phrases quoted for emphasis. The glossary page lists them under these kinds;
 * a test requires every quoted string printed by three or more reports to have an entry or to be listed here.
 */
export const EXCLUSION_KINDS = ['single-character', 'brand', 'honour', 'event', 'figure-of-speech', 'ordinary-phrase'] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

export const EXCLUDED_TERMS_BY_KIND: Record<ExclusionKind, readonly string[]> = {
  'single-character': ['优', '特'],
  'brand': ['永济冬枣', '永济葡萄', '运城面粉', '永济工匠', '黄河人家', '北肉', '晋创谷·太原', '晋祠大米', '晋兴板', '娄烦山药蛋', '吕梁山护工', '三个人家', '三晋通', '山西精品', '山西长治·壮美太行', '数谷吕梁', '太行人家', '太行一号', '新三板', '阳曲小米', '运城苹果', '运城蔬菜', '智创城'],
  'honour': ['灯塔工厂', '国家园林城市', '老字号', '全国双拥模范城', '全国文明城市', '十连冠', '五个一工程'],
  'event': ['二青会', '两会', '五一'],
  'figure-of-speech': ['烟火气', '磁吸效应', '城市客厅', '服务指数', '好日子', '后半篇文章', '护城河', '加速度', '军令状', '牛鼻子', '朋友圈', '千里马', '舌尖上的安全', '四梁八柱', '小切口', '幸福指数', '绣花', '组合拳'],
  'ordinary-phrase': ['一站式', '最后一公里', '全覆盖', '7×24小时', '倍增', '不打烊', '窗口期', '断头路', '口袋公园', '零容忍', '破零', '清零', '示范区', '双下降', '网上办', '无处不在', '新高地', '夜经济', '一对一', '指尖办', '住有宜居'],
};

/** Every excluded string, whatever its kind. */
export const EXCLUDED_TERMS: readonly string[] = EXCLUSION_KINDS.flatMap((kind) => EXCLUDED_TERMS_BY_KIND[kind]);
