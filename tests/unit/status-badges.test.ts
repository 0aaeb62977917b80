import { describe, expect, it } from 'vitest';
import { statusBadgeClass } from '../../src/design/status-badges';
import { PROJECT_STATUS_LABELS } from '../../src/lib/content/types/projects';
import { IDEA_STATUS_LABELS } from '../../src/lib/ideas/status';

describe('statusBadgeClass', () => {
  it('gives every project status a look of its own', () => {
    const classes = Object.keys(PROJECT_STATUS_LABELS).map(statusBadgeClass);
    expect(classes).toEqual([
      'utrecht-status-badge utrecht-status-badge--warning',
      'utrecht-status-badge utrecht-status-badge--active',
      'utrecht-status-badge utrecht-status-badge--success',
    ]);
  });

  it('gives every answer to an idea a look of its own, and a done idea the done look', () => {
    const answers = Object.keys(IDEA_STATUS_LABELS)
      .filter((status) => status !== 'ontvangen')
      .map(statusBadgeClass);
    expect(new Set(answers).size).toBe(answers.length);
    expect(statusBadgeClass('uitgevoerd')).toBe(statusBadgeClass('afgerond'));
  });

  it('gives none to what is not (yet) a status, as the editor types', () => {
    expect(statusBadgeClass('in-uitv')).toBeNull();
    expect(statusBadgeClass('')).toBeNull();
  });
});
