import type { ParsedPost } from './descriptors';
import { memoizeText } from './memo';

const mentionsNomination = memoizeText((sentence) => sentence.includes('提名'), 256);

/**
 * 提名甲为某公司总经理人选: a nomination names a candidate for a post, not a post held — three blind rounds'
 * annotators (blind6, blind7, blind9) list the person with no post. The title (with its body, when the text
 * writes one before it) right before 人选 is the nominated one.
 */
export function isNomination(sentence: string, post: Pick<ParsedPost, 'title'>): boolean {
  // Asked once per post: a sentence that never says 提名 is answered without searching it for each title.
  if (!mentionsNomination(sentence)) return false;
  for (
    let at = sentence.indexOf(`${post.title}人选`);
    at >= 0;
    at = sentence.indexOf(`${post.title}人选`, at + 1)
  )
    if (/提名/.test(sentence.slice(Math.max(0, at - 40), at))) return true;
  return false;
}
