import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWindowState, readWindowState, restorableBounds, writeWindowState } from '../../../electron/main/window-state.js';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: -200, width: 2560, height: 1410 };
const minimum = { width: 760, height: 480 };

describe('the remembered window state', () => {
  let folder: string | undefined;
  afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

  it('is read back as written, through a temporary file', () => {
    folder = mkdtempSync(join(tmpdir(), 'cuttings-window-'));
    const file = join(folder, 'window-state.json');
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true, background: '#1b1b1d' };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(readdirSync(folder)).toEqual(['window-state.json']);
  });

  it('is ignored when missing, damaged or not what the app wrote', () => {
    folder = mkdtempSync(join(tmpdir(), 'cuttings-window-'));
    expect(readWindowState(join(folder, 'none.json'))).toBeNull();
    writeFileSync(join(folder, 'cut.json'), '{"bounds":{"x":1');
    expect(readWindowState(join(folder, 'cut.json'))).toBeNull();
    expect(parseWindowState('null')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":-5,"height":800},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":1e12,"height":800},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":900,"height":800},"maximized":"yes"}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":900,"height":800},"maximized":false,"background":"url(x)"}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":900,"height":800},"maximized":false}')).toEqual({
      bounds: { x: 0, y: 0, width: 900, height: 800 },
      maximized: false,
    });
  });
});

describe('restoring the window where the user can reach it', () => {
  it('keeps a place on any of the current displays', () => {
    expect(restorableBounds({ x: 100, y: 50, width: 1200, height: 760 }, [laptop], minimum)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 760,
    });
    expect(restorableBounds({ x: 2000, y: -100, width: 1600, height: 1000 }, [laptop, rightMonitor], minimum)).toEqual({
      x: 2000,
      y: -100,
      width: 1600,
      height: 1000,
    });
  });

  it('gives up a place on a display that is no longer there', () => {
    expect(restorableBounds({ x: 2000, y: -100, width: 1600, height: 1000 }, [laptop], minimum)).toBeNull();
  });

  it('gives up a place whose title bar is off screen, even if part of the window shows', () => {
    expect(restorableBounds({ x: 100, y: -600, width: 1200, height: 800 }, [laptop], minimum)).toBeNull();
    expect(restorableBounds({ x: 1400, y: 100, width: 1200, height: 800 }, [laptop], minimum)).toBeNull();
    expect(restorableBounds({ x: 1300, y: 100, width: 1200, height: 800 }, [laptop], minimum)).toEqual({
      x: 1300,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('shrinks a window bigger than the display it is on, never below the minimum', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 2400, height: 1400 }, [laptop], minimum)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
    });
    expect(restorableBounds({ x: 0, y: 0, width: 2400, height: 1400 }, [{ x: 0, y: 0, width: 640, height: 400 }], minimum)).toEqual({
      x: 0,
      y: 0,
      width: 760,
      height: 480,
    });
  });

  it('places nothing when there are no displays', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 1000, height: 700 }, [], minimum)).toBeNull();
  });
});
