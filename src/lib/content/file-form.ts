/**
 * What a content type asks of a file beyond its front matter (content-type.ts): the form of its
 * name (an idea's reference) and, for some values of its fields, a Markdown text (an idea's
 * answer). The build's loader and the editor's check before saving both ask here.
 */
import { CONTENT_TYPES, type TypeName } from './model.ts';
import { problemIn, type Problem } from './rules/problem.ts';
import { slugFromPath } from './slugs.ts';

/** The problems of one file's name and Markdown text; `data` is the front matter as written. */
export function fileFormProblems(
  type: TypeName,
  file: string,
  data: Record<string, unknown>,
  markdown: string,
): Problem[] {
  const { fileName, body } = CONTENT_TYPES[type];
  const problems: Problem[] = [];
  if (fileName && !fileName.pattern.test(slugFromPath(file))) {
    problems.push(
      problemIn(file, null, { kind: 'file-name-form', form: fileName.form, example: fileName.example }),
    );
  }
  if (body?.requiredWhen(data) && markdown.trim() === '') {
    problems.push(problemIn(file, 'body', { kind: 'field', expected: body.expected }));
  }
  return problems;
}
