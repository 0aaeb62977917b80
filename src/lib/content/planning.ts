/**
 * A planning as a kind of field: a list of phases, each with a title, a start and an optional end
 * (a month or a day, src/lib/planning/phases.ts) and a description. An end before its start stops
 * the build, on the end.
 */
import { z } from 'astro/zod';
import { PLAN_POINT_FORM, phaseEndProblem, readPlanPoint } from '../planning/phases.ts';
import { BUILD_CHECKS, EDITOR, type EditorField } from './editor-settings.ts';
import { fields, text } from './field-kinds.ts';

/** A month (2027-03) or a day (2027-03-15); YAML reads an unquoted 2027-03-15 as a Date at UTC midnight. */
export const monthOrDay = (editor: EditorField) =>
  z
    .union([z.date(), z.string()], { error: PLAN_POINT_FORM })
    .transform((value, ctx) => {
      const read = readPlanPoint(value instanceof Date ? value.toISOString().slice(0, 10) : value);
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: read.problem });
        return z.NEVER;
      }
      return read;
    })
    .register(EDITOR, { widget: 'month-or-day', ...editor });

const phase = fields({
  title: text('een naam voor de fase').register(EDITOR, {
    label: 'Fase',
    hint: 'Wat er in deze fase gebeurt, kort: bijvoorbeeld "Sloop van de woningen".',
  }),
  start: monthOrDay({
    label: 'Begin',
    hint: 'Een maand, bijvoorbeeld 2027-03, of een dag: 2027-03-15.',
  }),
  end: monthOrDay({
    label: 'Einde',
    hint: `De laatste maand of dag, geschreven als het begin; niet vóór het begin. Leeg: de fase duurt alleen de maand of dag van het begin. ${BUILD_CHECKS}`,
  }).optional(),
  description: text('een uitleg')
    .register(EDITOR, {
      label: 'Uitleg',
      widget: 'text',
      hint: 'Eén of twee zinnen over wat bewoners in deze fase merken.',
    })
    .optional(),
}).superRefine((data, ctx) => {
  const problem = data.end && phaseEndProblem(data.start, data.end);
  if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
});

/** The planning of an item: its phases, in any order (the page puts them in order). */
export const phases = (hint: string) =>
  z
    .array(phase, { error: 'verwacht een lijst van fasen' })
    .register(EDITOR, { label: 'Planning', item: 'fase', options: { label_singular: 'fase' }, hint })
    .default([]);
