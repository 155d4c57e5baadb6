import { describe, expect, it } from 'vitest';
import {
  describesSeveral,
  nameStart,
  opensWithWord,
  withoutOpeningWords,
  withoutOtherName,
} from './org-edges';
import { organizationMentions } from './org-mentions';
import { splitTopOrganization } from './organizations';

describe('where an organization name starts and ends', () => {
  it('cuts the words before a name, read as jieba words', () => {
    expect(nameStart('拟任绵阳市委')).toEqual({ cut: 2, verb: true });
    expect(nameStart('集团公司与兰州大学')).toEqual({ cut: 5, verb: false });
    expect(nameStart('和田地区人民医院').cut).toBe(0);
    expect(nameStart('对外经济贸易大学').cut).toBe(0);
  });

  it('reads a joining word only where it is a word of its own', () => {
    expect(opensWithWord('和中国某公司', '和')).toBe(true);
    expect(opensWithWord('及省工商联党组书记', '及')).toBe(true);
    expect(opensWithWord('和林格尔新区党工委', '和')).toBe(false);
    expect(opensWithWord('与会嘉宾', '与')).toBe(false);
  });

  it('drops the words that join an organizer to the one before', () => {
    expect(withoutOpeningWords('与云南省药学会')).toBe('云南省药学会');
    expect(withoutOpeningWords('并获澳门特别行政区政府经济财政司')).toBe('澳门特别行政区政府经济财政司');
    expect(withoutOpeningWords('同济大学')).toBe('同济大学');
  });

  it('names no body described by a quantifier', () => {
    expect(describesSeveral('各设区市商务局')).toBe(true);
    expect(describesSeveral('清溪等镇台商协会')).toBe(true);
    expect(describesSeveral('淮北等市农业农村局')).toBe(true);
    expect(describesSeveral('中国高等教育学会')).toBe(false);
    expect(organizationMentions('各设区市医疗保障局主要负责同志参加会议')).toEqual([]);
  });

  it('reads names on their own from where they start', () => {
    expect(organizationMentions('近年来，长沙依托中南大学等高校形成了产业链')).toEqual(['中南大学']);
    expect(organizationMentions('黔西南州地处滇黔桂三省区结合部')).toEqual([]);
    expect(organizationMentions('论坛上，对外经济贸易大学国际经济贸易学院教授发言')).toContain(
      '对外经济贸易大学',
    );
  });

  it('keeps a unit’s other name in brackets, and a body joined by a middle dot, whole', () => {
    expect(withoutOtherName('集团办公室（党委办公室）')).toBe('集团办公室');
    expect(splitTopOrganization('集团办公室（党委办公室）')).toBeNull();
    expect(splitTopOrganization('四川省医学科学院·四川省人民医院院长')).toEqual({
      org: '四川省医学科学院·四川省人民医院',
      rest: '院长',
    });
  });
});
