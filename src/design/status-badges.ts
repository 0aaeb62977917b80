/**
 * Which of NL Design System's status badge looks each status takes, a project's and an idea's
 * (their values differ), for the page (src/components/StatusBadge.astro) and the editor's
 * preview alike.
 */
import type { IdeaStatus } from '../lib/ideas/status.ts';
import type { ProjectStatus } from '../lib/content/types/projects.ts';

type Look = 'warning' | 'active' | 'success' | 'danger';

const LOOKS: Record<ProjectStatus | IdeaStatus, Look> = {
  gepland: 'warning',
  'in-uitvoering': 'active',
  afgerond: 'success',
  ontvangen: 'warning',
  'in-behandeling': 'warning',
  'wordt-uitgevoerd': 'active',
  uitgevoerd: 'success',
  'niet-uitgevoerd': 'danger',
};

/** The badge's classes for a status; none for a value that is not (yet) a status. */
export function statusBadgeClass(status: string): string | null {
  const look = (LOOKS as Readonly<Record<string, string>>)[status];
  return look ? `utrecht-status-badge utrecht-status-badge--${look}` : null;
}
