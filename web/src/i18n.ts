/**
 * A tiny dictionary: Chinese first (the analysts read Chinese sources), English as a toggle.
 * `en` is typed against `zh`, so a missing key is a compile error; i18n.test.ts also checks that
 * placeholders match.
 */
import { KIND_DISPLAY, RELATIONS, ROLE_CAPTION, isNodeKind, isRelationType } from '@guanxi/schema';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  appTitle: '关系 · 人物与机构图谱',
  searchPlaceholder: '搜索人物、机构、活动（中文、别名或拼音）',
  searchLabel: '搜索实体',
  searching: '搜索中…',
  noResults: '未找到“{query}”',
  loading: '加载中…',
  apiDown: '无法连接到服务器（{message}）。请确认 API 已启动。',
  error: '出错了：{message}',
  retry: '重试',
  emptyCanvas: '画布为空。搜索一个名字开始探索；双击节点展开其关系。',
  canvasLabel: '关系图画布',
  canvasKeys:
    '键盘：Tab 进入画布，←/→ 选择上一个/下一个节点，Enter 或 E 展开，D 打开详情，Esc 取消选择，+/- 缩放，0 适应窗口。',
  selectedNode: '已选中：{name}（{kind}）',
  layout: '布局',
  layoutFcose: '力导向 (fcose)',
  layoutConcentric: '同心圆',
  layoutBreadthfirst: '层次',
  relayout: '重新布局',
  fit: '适应窗口',
  zoomIn: '放大',
  zoomOut: '缩小',
  expand: '展开',
  hide: '隐藏',
  showHidden: '显示隐藏 ({count})',
  remove: '移除',
  pin: '固定',
  unpin: '取消固定',
  clear: '清空',
  exportPng: '导出 PNG',
  exportJson: '导出 JSON',
  exportGraphml: '导出 GraphML',
  exportGexf: '导出 GEXF',
  exportNodesCsv: '导出节点 CSV',
  exportEdgesCsv: '导出关系 CSV',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  legend: '图例',
  filters: '筛选',
  kinds: '类型',
  relations: '关系',
  details: '详情',
  nothingSelected: '未选中节点。点击画布上的节点查看详情。',
  aliases: '别名',
  positions: '职务',
  formerPrefix: '原',
  current: '现任',
  former: '曾任',
  events: '活动',
  role: '角色',
  topic: '发言主题',
  people: '人员',
  parent: '上级机构',
  units: '下属机构',
  participants: '参与者',
  organizers: '组织方',
  date: '日期',
  place: '地点',
  evidence: '依据',
  source: '来源',
  addToCanvas: '加入画布',
  readArticle: '阅读原文',
  pathFinder: '路径查找',
  pathFrom: '起点',
  pathTo: '终点',
  useSelection: '用选中节点',
  findPath: '查找路径',
  noPath: '两者之间没有找到路径',
  pathFound: '找到路径：{hops} 步',
  clearPath: '清除路径',
  articleReader: '文章阅读',
  closeArticle: '关闭',
  mentions: '提及的实体',
  truncated: '结果已截断，仅显示部分邻居',
  language: 'English',
  nodesEdges: '{nodes} 个节点 · {edges} 条关系',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Guanxi · people & organizations',
  searchPlaceholder: 'Search people, organizations, events (Chinese, alias or pinyin)',
  searchLabel: 'Search entities',
  searching: 'Searching…',
  noResults: 'Nothing found for “{query}”',
  loading: 'Loading…',
  apiDown: 'Cannot reach the server ({message}). Is the API running?',
  error: 'Something went wrong: {message}',
  retry: 'Retry',
  emptyCanvas: 'The canvas is empty. Search for a name to start; double-click a node to expand it.',
  canvasLabel: 'Graph canvas',
  canvasKeys:
    'Keyboard: Tab into the canvas, ←/→ select the previous/next node, Enter or E expand, D open details, Esc clear the selection, +/- zoom, 0 fit.',
  selectedNode: 'Selected: {name} ({kind})',
  layout: 'Layout',
  layoutFcose: 'Force-directed (fcose)',
  layoutConcentric: 'Concentric',
  layoutBreadthfirst: 'Hierarchy',
  relayout: 'Re-layout',
  fit: 'Fit',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  expand: 'Expand',
  hide: 'Hide',
  showHidden: 'Show hidden ({count})',
  remove: 'Remove',
  pin: 'Pin',
  unpin: 'Unpin',
  clear: 'Clear',
  exportPng: 'Export PNG',
  exportJson: 'Export JSON',
  exportGraphml: 'Export GraphML',
  exportGexf: 'Export GEXF',
  exportNodesCsv: 'Export nodes CSV',
  exportEdgesCsv: 'Export edges CSV',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  legend: 'Legend',
  filters: 'Filters',
  kinds: 'Kinds',
  relations: 'Relations',
  details: 'Details',
  nothingSelected: 'Nothing selected. Click a node on the canvas to see its details.',
  aliases: 'Aliases',
  positions: 'Posts',
  formerPrefix: 'former',
  current: 'current',
  former: 'former',
  events: 'Events',
  role: 'Role',
  topic: 'Topic',
  people: 'People',
  parent: 'Parent',
  units: 'Units',
  participants: 'Participants',
  organizers: 'Organizers',
  date: 'Date',
  place: 'Place',
  evidence: 'Evidence',
  source: 'Source',
  addToCanvas: 'Add to canvas',
  readArticle: 'Read article',
  pathFinder: 'Path finder',
  pathFrom: 'From',
  pathTo: 'To',
  useSelection: 'Use selection',
  findPath: 'Find path',
  noPath: 'No path found between them',
  pathFound: 'Path found: {hops} hops',
  clearPath: 'Clear path',
  articleReader: 'Article',
  closeArticle: 'Close',
  mentions: 'Mentioned entities',
  truncated: 'Result truncated: only some neighbours are shown',
  language: '中文',
  nodesEdges: '{nodes} nodes · {edges} relations',
};

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh, en };

/** Looks a message up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Caption of a node kind (`person` → 人物); unknown kinds show as they are. */
export function kindCaption(lang: Lang, kind: string): string {
  return isNodeKind(kind) ? KIND_DISPLAY[kind].caption[lang] : kind;
}

/** Caption of a relationship type (`PARTICIPATED` → 参与). */
export function relationCaption(lang: Lang, type: string): string {
  return isRelationType(type) ? RELATIONS[type].caption[lang] : type;
}

/** Caption of an event role (`speaker` → 发言). */
export function roleCaption(lang: Lang, role: string): string {
  return role in ROLE_CAPTION ? ROLE_CAPTION[role as keyof typeof ROLE_CAPTION][lang] : role;
}

export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}
