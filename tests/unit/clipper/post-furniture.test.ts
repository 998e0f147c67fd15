import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('furniture of channel posts and portals', () => {
  it('drops a post’s tags, view counter and emoji calls to action', () => {
    const draft = parseClip(
      'Новости Заречья\n03.03.2025, 08:10\nВ Заречном закрыли мост на ремонт\n\nМост через реку закрыли в понедельник, сообщили в администрации. Ремонт продлится месяц.\n\n👉 Подписаться | Прислать новость\n✅ Підписатися на канал\n#Заречный #ремонт\n👁 3,1K',
    );
    const body = draft.paragraphs.join('\n');
    for (const line of ['Подписаться', 'Підписатися', '#Заречный', '3,1K']) expect(body).not.toContain(line);
    expect(body).toContain('Ремонт продлится месяц.');
  });

  it('drops a notice that the e-mail came by subscription, and a Chinese risk note and reprint line', () => {
    const en = parseClip(
      'Harbour plan approved\n\nThe council approved the harbour plan on Monday after a long debate.\n\nYou are receiving this email because you signed up for the Coastline Weekly.',
    );
    expect(en.paragraphs.join('\n')).not.toContain('You are receiving');
    const zh = parseClip(
      '某公司一季度营收增长\n\n某公司4月20日发布一季度报告，营业收入同比增长12%。\n\n风险提示：本文仅供参考，不构成投资建议。\n（本文来自某财经，转载请注明出处）',
    );
    expect(zh.paragraphs.join('\n')).not.toMatch(/风险提示|转载请注明/u);
  });

  it('reads a breadcrumb with slashes as navigation, not as a dateline with an agency', () => {
    const draft = parseClip(
      'Главная / Общество / Транспорт\nАвтобусы пойдут по новому расписанию\nОпубликовано: 5 мая 2025, 10:00\nС понедельника автобусы в Заречном пойдут по новому расписанию, сообщили в администрации города.\n\nИнтервалы сократят до десяти минут.',
    );
    expect(draft.dateline).toBeNull();
    expect(draft.source).toBeNull();
    expect(draft.title).toBe('Автобусы пойдут по новому расписанию');
  });
});

describe('share and text tools without their targets', () => {
  it('drops a bare share label and a portal’s font-size tools', () => {
    const fr = parseClip(
      'Un pont rouvre\n\nLe pont de la Garde a rouvert samedi après deux mois de travaux.\n\nLes riverains sont soulagés.\n\nPartager sur :',
    );
    expect(fr.paragraphs.join('\n')).not.toContain('Partager');
    const zh = parseClip(
      '某地新桥通车\n2025-06-18 10:25\n字号：大 中 小　打印本页\n　　6月17日，某地新桥正式通车，市民出行更加方便。\n\n　　据了解，新桥全长800米。',
    );
    expect(zh.paragraphs.join('\n')).not.toContain('字号');
  });
});
