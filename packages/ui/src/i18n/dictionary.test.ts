import { describe, expect, it } from 'vitest';
import { defineMessages, interpolate, translator } from './dictionary';
import { uiMessages } from './ui-messages';

describe('the message dictionary', () => {
  it('interpolates placeholders and keeps unknown ones visible', () => {
    expect(interpolate('Trin {rank} af {count}', { rank: 3, count: 6 })).toBe('Trin 3 af 6');
    expect(interpolate('Hej {name}', {})).toBe('Hej {name}');
  });

  it('translates per language', () => {
    const messages = defineMessages({ save: 'Gem' }, { save: 'Save' });
    expect(translator(messages, 'da')('save')).toBe('Gem');
    expect(translator(messages, 'en')('save')).toBe('Save');
  });

  it('has the same, non-empty keys in Danish and English for the UI messages', () => {
    expect(Object.keys(uiMessages.en).sort()).toEqual(Object.keys(uiMessages.da).sort());
    for (const lang of ['da', 'en'] as const) {
      for (const text of Object.values(uiMessages[lang])) expect(text.trim()).not.toBe('');
    }
  });
});
