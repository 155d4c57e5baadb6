import { describe, expect, it } from 'vitest';
import { KIND_DISPLAY } from '@guanxi/schema';
import { LANGS, MESSAGES, kindCaption, parseLang, relationCaption, roleCaption, translate } from './i18n';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n', () => {
  it('has every key, non-empty, in every language, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.zh);
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const msg = MESSAGES[lang][key as keyof typeof MESSAGES.zh];
        expect(msg.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(msg), `${lang}.${key}`).toEqual(
          placeholders(MESSAGES.zh[key as keyof typeof MESSAGES.zh]),
        );
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'noResults', { query: '李毅中' })).toBe('未找到“李毅中”');
    expect(translate('en', 'pathFound', { hops: 2 })).toBe('Path found: 2 hops');
    expect(translate('en', 'noResults')).toContain('{query}');
  });

  it('takes kind, relation and role captions from the schema', () => {
    expect(kindCaption('zh', 'person')).toBe(KIND_DISPLAY.person.caption.zh);
    expect(kindCaption('en', 'association')).toBe('Association');
    expect(kindCaption('en', 'spaceship')).toBe('spaceship');
    expect(relationCaption('zh', 'PARTICIPATED')).toBe('参与');
    expect(relationCaption('en', 'UNKNOWN')).toBe('UNKNOWN');
    expect(roleCaption('zh', 'host')).toBe('主持');
  });

  it('defaults to Chinese', () => {
    expect(parseLang(null)).toBe('zh');
    expect(parseLang('fr')).toBe('zh');
    expect(parseLang('en')).toBe('en');
  });
});
