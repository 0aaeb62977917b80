import { describe, expect, it } from 'vitest';
import { statusBadgeClass } from '../../src/design/status-badges';
import { PROJECT_STATUS_LABELS } from '../../src/lib/content/types/projects';

describe('statusBadgeClass', () => {
  it('gives every project status a look of its own', () => {
    const classes = Object.keys(PROJECT_STATUS_LABELS).map(statusBadgeClass);
    expect(classes).toEqual([
      'utrecht-status-badge utrecht-status-badge--warning',
      'utrecht-status-badge utrecht-status-badge--active',
      'utrecht-status-badge utrecht-status-badge--success',
    ]);
  });

  it('gives none to what is not (yet) a status, as the editor types', () => {
    expect(statusBadgeClass('in-uitv')).toBeNull();
    expect(statusBadgeClass('')).toBeNull();
  });
});
