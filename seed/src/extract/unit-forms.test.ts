import { describe, expect, it } from 'vitest';
import { sentencePeople } from './people';
import { declaredUnitForms } from './unit-forms';

describe('declared short forms of units', () => {
  const text =
    '培训班由农业农村部乡村产业发展司（以下简称“产业司”）主办，某大学与某某集团有限公司（以下简称“某某”）协办。';
  it('maps the short form of a unit to the body and unit, not of two bodies joined by 与', () => {
    expect([...declaredUnitForms(text)]).toEqual([['产业司', '农业农村部乡村产业发展司']]);
  });
  it('places a post at the unit’s body, with less confidence', () => {
    const [m] = sentencePeople('产业司副司长林志远作报告', { unitForms: declaredUnitForms(text) }).mentions;
    expect(m!.posts).toMatchObject([
      { title: '乡村产业发展司副司长', organization: '农业农村部', confidence: 0.7 },
    ]);
  });
});
