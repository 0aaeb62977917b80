/**
 * Which of NL Design System's status badge looks each project status takes, for the page
 * (src/components/StatusBadge.astro) and the editor's preview alike.
 */
import type { ProjectStatus } from '../lib/content/types/projects.ts';

const LOOKS: Record<ProjectStatus, 'warning' | 'active' | 'success'> = {
  gepland: 'warning',
  'in-uitvoering': 'active',
  afgerond: 'success',
};

/** The badge's classes for a status; none for a value that is not (yet) a status. */
export function statusBadgeClass(status: string): string | null {
  const look = (LOOKS as Readonly<Record<string, string>>)[status];
  return look ? `utrecht-status-badge utrecht-status-badge--${look}` : null;
}
