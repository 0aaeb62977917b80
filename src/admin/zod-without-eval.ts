/**
 * Imported first by editor.ts, so it runs before any module that builds or parses a schema:
 * Zod would otherwise test whether it may compile parsers with new Function(). The editor's
 * policy allows no eval, and even the test shows as a policy violation.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
