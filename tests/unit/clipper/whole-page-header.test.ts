import { describe, expect, it } from 'vitest';
import { contributorsOf, namesThenOutlet, nameSlashOutlet } from '../../../electron/shared/clipper/byline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { selfReference } from '../../../electron/shared/clipper/page-site-name.js';
import { isNameShaped, sourceFromFooter } from '../../../electron/shared/clipper/source.js';

// A made-up local paper's page, pasted whole as its visible text: menus, the header, the story, a footer.
const MENU = ['Home', 'News', 'Region', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather', 'Video', 'Podcasts'].join('\n');
const BODY = `The district council agreed on Tuesday evening to close the old ferry landing for six months while engineers replace the timber piles that hold up its southern end, a job first planned three years ago.

Council staff told members that two of the piles had split below the waterline last winter and that divers had found the rest worn far thinner than the drawings allowed, so the landing could no longer take a loaded lorry.

The ferry itself will keep running from the temporary pontoon beside the boatyard, though passengers with bicycles have been asked to allow an extra ten minutes for the walk along the harbour wall.

Several members asked why the repair had waited so long. The works manager said the money set aside in the first plan had gone on the sea wall after the storms of the previous autumn, which left nothing for the landing until this year.

Traders on the quay said they would lose some custom while the landing was closed but that most of them had expected worse, and the harbour association thanked the council for keeping the ferry going.

The contract is due to be signed next week, and the council expects the landing to open again before the summer timetable begins.`;
const FOOTER = `Contact us
Advertise
Privacy policy
Terms of use
© 2026 Harbourside Media Ltd. All rights reserved.`;

describe("a whole page's header", () => {
  it('credits the writer after a slash, though the line reads as a breadcrumb, over a table of names', () => {
    const draft = parseClip(`${MENU}
Local News / Harbour
Ferry landing to close for six months while piles are replaced

Council says two piles split below the waterline last winter

Marten Oakes / Lakeland Courier News Service
Updated: Mar 3, 2026, 18:20

Harbour Ward
12
Quay Ward
9

${BODY}

${FOOTER}
`);
    expect(draft.byline).toEqual(['Marten Oakes']);
    expect(draft.source).toBe('Lakeland Courier');
  });

  it('is headed by the line a breadcrumb ends on, not by a trending list above it', () => {
    const draft = parseClip(`${MENU}
Trending Now
Budget night: what changed for renters
Marathon closes roads across the centre
Home Region Ferry landing to close for six months while piles are replaced
Ferry landing to close for six months while piles are replaced
By
Harbourwire
-
March 3, 2026
Facebook
Twitter

${BODY}

${FOOTER}
`);
    expect(draft.title).toBe('Ferry landing to close for six months while piles are replaced');
    expect(draft.byline).toEqual([]);
  });

  it('takes no Chinese row of tags for its headline, and keeps the credit under the breadcrumb', () => {
    const draft = parseClip(`首页
要闻
本地
经济
文化
体育
热词：渡口 码头 木桩 维修 轮渡
当前位置：首页 > 本地 > 正文
2026-03-03 18:20 来源：港城日报 记者 王晓明

区议会周二晚间决定，老渡口码头将关闭六个月，以更换支撑码头南端的木桩，这项工程早在三年前就已列入计划。

工作人员向议员介绍，去年冬天有两根木桩在水线以下开裂，潜水员还发现其余木桩磨损严重，码头已无法承受满载货车。

渡轮将继续从船厂旁的临时浮码头开行，携带自行车的乘客需要沿港口堤岸多走大约十分钟。

多名议员询问为何维修拖延至今。工程负责人表示，最初计划中预留的资金在去年秋季风暴后被挪用于修建海堤，直到今年才有余力维修码头。

码头上的商户表示，关闭期间生意会受到一些影响，但大多数人原本预计情况会更糟。

合同预计下周签署，议会希望码头能在夏季时刻表开始前重新开放。

关于我们 | 联系我们 | 广告服务
港城日报社 版权所有
`);
    expect(draft.title).toBeNull();
    expect(draft.byline).toEqual(['王晓明']);
  });

  it('reads a writer and an outlet apart by a slash, but no breadcrumb of sections', () => {
    expect(nameSlashOutlet('Marten Oakes / Lakeland Courier News Service')).toEqual({
      names: ['Marten Oakes'],
      outlet: 'Lakeland Courier News Service',
    });
    expect(nameSlashOutlet('Local News / Harbour')).toBeNull();
    expect(nameSlashOutlet('Home / Region / Daily Briefing')).toBeNull();
  });

  it('is headed by the line a breadcrumb further up ends on, and dated by its footer, not by the dated teasers over it', () => {
    const draft = parseClip(`${MENU}
Home > News and notices > Ferry landing to close for six months
Latest news
Library opening hours change for the winter months · 10 June 2026
Dog registration fees for the new year now set · 1 June 2026
Kerbside food scraps collection to start in October · 28 May 2026
Ferry landing to close for six months while piles are replaced

${BODY}

Share this page: Facebook | Email | Print

Published: 12 June 2026

${FOOTER}
`);
    expect(draft.title).toBe('Ferry landing to close for six months while piles are replaced');
    expect(draft.date).toBe('2026-06-12');
  });
});

describe('a credit line', () => {
  it('is no headline in title case with `for` in it', () => {
    expect(namesThenOutlet('Valley Growers Brace for Deepest River Allocation Cuts Yet')).toBeNull();
    expect(namesThenOutlet('Jane Doe for Example')).toEqual({ names: ['Jane Doe'], outlet: 'Example' });
  });

  it('names as helpers only those a wire credits with additional reporting', () => {
    expect(contributorsOf('Reporting by Jane Doe in Oslo; Additional reporting by John Roe in Bergen; Editing by Max Muster')).toEqual([
      'John Roe',
    ]);
  });
});

describe("a site's footer", () => {
  it('names the site that says it gathers the news of others', () => {
    expect(selfReference('«Пример Новостей» — агрегатор новостей. Материалы публикуются автоматически.')).toBe('Пример Новостей');
    expect(selfReference('«Приклад» — агрегатор новин.')).toBe('Приклад');
  });
});

describe("a French paper's name", () => {
  it('may close on an adjective in lower case, which its footer names it by', () => {
    expect(sourceFromFooter('La Tribune riveraine – Tous droits réservés. Reproduction interdite.')).toBe('La Tribune riveraine');
    expect(isNameShaped('The Herald reports')).toBe(false);
  });
});
