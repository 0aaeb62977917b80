/**
 * The PDF of an edition, as a field of its own ("pdf" in the editor's configuration): a PDF is
 * read in the browser with pdf.js before it is accepted, and for an edition dated on or after
 * 23 September 2018 an untagged PDF is refused with the build's own message. Sveltia asks the
 * field's isValid() when the PDF changes and shows its message next to the field; the date may
 * move past that day later, which Sveltia does not ask about, so the checks before saving
 * (refuse-save.ts) ask pdfProblems() as well.
 *
 * Sveltia's own file field cannot check a file before accepting it; a custom field can, with
 * pickFile(), which opens Sveltia's dialog for picking or uploading a file and hands back its bytes.
 */
import CMS from '@sveltia/cms';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { LoadedEntry } from '../lib/admin/entry-checks.ts';
import { PDF_FOLDER } from '../lib/content/field-kinds.ts';
import { typeInFolder } from '../lib/content/model.ts';
import { pdfFactsOf, untaggedPdfIssue, type PdfFacts } from '../lib/content/pdf.ts';
import { problemIn, type Issue, type Problem } from '../lib/content/rules/problem.ts';
import { expectation } from '../lib/content/rules/wording.ts';
import { isCalendarDay, startOfAmsterdamDay } from '../lib/dates/amsterdam.ts';
import { editorText } from '../strings/editor.ts';
import { h, type ImmutableMap, type Node } from './react.ts';

interface PickedFile {
  value: string;
  file: Blob | undefined;
}

interface ControlProps {
  value: string | undefined;
  forID: string;
  entry: ImmutableMap | undefined;
  onChange(value: string): void;
  pickFile(options: {
    kind: 'file';
    accept: string;
    allowURL: boolean;
  }): Promise<PickedFile | PickedFile[] | null>;
}

/** A PDF read in this session: by field value (a blob: address until saved, then its path). */
const read = new Map<string, { name: string; facts: PdfFacts | null }>();

async function factsOf(bytes: Blob): Promise<PdfFacts | null> {
  // pdf.js is large; it loads the first time a PDF is checked.
  const { getDocument, GlobalWorkerOptions } = await import('pdfjs-dist');
  GlobalWorkerOptions.workerSrc = workerUrl;
  try {
    return await pdfFactsOf(new Uint8Array(await bytes.arrayBuffer()), getDocument);
  } catch {
    return null;
  }
}

/** The facts of a field's PDF: read when it was chosen, or fetched from the site for one saved before. */
async function factsOfValue(value: string): Promise<{ name: string; facts: PdfFacts | null } | null> {
  const known = read.get(value);
  if (known) return known;
  if (!value.startsWith('/')) return null;
  const response = await fetch(value).catch(() => null);
  // Not on the site yet (saved, not yet published): the build checks it.
  if (!response?.ok) return null;
  const facts = { name: value.split('/').pop() ?? value, facts: await factsOf(await response.blob()) };
  read.set(value, facts);
  return facts;
}

/** The site path the file will have: a chosen file keeps its name in the PDF folder. */
const sitePathOf = (value: string, name: string) =>
  value.startsWith('/') ? value : `${PDF_FOLDER.public_folder}/${name}`;

function editionDate(entry: ImmutableMap | undefined): Date | null {
  const day = entry?.getIn(['data', 'date']);
  return typeof day === 'string' && isCalendarDay(day) ? startOfAmsterdamDay(day) : null;
}

/** What is wrong with this PDF for this entry, as the build sees it, or null when it may be published. */
function issueOf(
  value: string,
  pdf: { name: string; facts: PdfFacts | null },
  entry: ImmutableMap | undefined,
): Issue | null {
  if (!pdf.facts) return { kind: 'unreadable-pdf' };
  const date = editionDate(entry);
  return date ? untaggedPdfIssue(pdf.facts, date, sitePathOf(value, pdf.name)) : null;
}

/** The same, in the build's words, for the message next to the field. */
function problemOf(
  value: string,
  pdf: { name: string; facts: PdfFacts | null },
  entry: ImmutableMap | undefined,
): string | null {
  const issue = issueOf(value, pdf, entry);
  return issue && expectation(issue);
}

/**
 * The PDF of an edition about to be saved, checked against its date. By then Sveltia has put the
 * file's path in place of the chosen file's blob: address; a file keeps its name when saved.
 */
export async function pdfProblems(entry: LoadedEntry): Promise<Problem[]> {
  const path = entry.data.pdf;
  if (typeInFolder(entry.collection) !== 'editions' || typeof path !== 'string' || !path) return [];
  const chosen = [...read].find(([value, pdf]) => sitePathOf(value, pdf.name) === path)?.[1];
  const pdf = chosen ?? (await factsOfValue(path));
  const dated = {
    getIn: (keys: readonly string[]) => (keys[1] === 'date' ? entry.data.date : undefined),
  } as ImmutableMap;
  const issue = pdf && issueOf(path, pdf, dated);
  return issue ? [problemIn(entry.path, 'pdf', issue)] : [];
}

interface ControlState {
  checking: boolean;
  refusal: string | null;
}

const PdfControl = () =>
  window.createClass({
    getInitialState(): ControlState {
      return { checking: false, refusal: null };
    },

    /** Sveltia asks before saving, and whenever the entry changes. */
    async isValid(value: unknown): Promise<true | { error: { message: string } }> {
      if (typeof value !== 'string' || !value) return true;
      const pdf = await factsOfValue(value);
      const problem = pdf && problemOf(value, pdf, (this.props as unknown as ControlProps).entry);
      return problem ? { error: { message: problem } } : true;
    },

    async choose(): Promise<void> {
      const props = this.props as unknown as ControlProps;
      const picked = await props.pickFile({ kind: 'file', accept: 'application/pdf', allowURL: false });
      if (!picked || Array.isArray(picked) || !picked.file) return;
      this.setState({ checking: true, refusal: null });
      const name =
        picked.file instanceof File ? picked.file.name : (picked.value.split('/').pop() ?? picked.value);
      const pdf = { name, facts: await factsOf(picked.file) };
      const problem = problemOf(picked.value, pdf, props.entry);
      this.setState({ checking: false, refusal: problem });
      if (problem) return;
      read.set(picked.value, pdf);
      props.onChange(picked.value);
    },

    render(): Node {
      const props = this.props as unknown as ControlProps & { value?: string };
      const state = this.state as unknown as ControlState;
      const value = props.value ?? '';
      const chosen = value && (read.get(value)?.name ?? value.split('/').pop());
      const facts = value ? read.get(value)?.facts : null;
      return h(
        'div',
        { className: 'westwint-pdf' },
        chosen ? h('p', { className: 'westwint-pdf__chosen' }, editorText.pdf.current(chosen)) : null,
        facts?.marked && facts.language
          ? h('p', { className: 'westwint-pdf__facts' }, editorText.pdf.tagged(facts.language))
          : null,
        h(
          'div',
          { className: 'westwint-pdf__buttons' },
          h(
            'button',
            { type: 'button', id: props.forID, disabled: state.checking, onClick: () => this.choose() },
            chosen ? editorText.pdf.replace : editorText.pdf.choose,
          ),
          chosen
            ? h('button', { type: 'button', onClick: () => props.onChange('') }, editorText.pdf.remove)
            : null,
        ),
        h(
          'p',
          { className: 'westwint-pdf__status', role: 'status' },
          state.checking ? editorText.pdf.checking : '',
        ),
        state.refusal ? h('p', { className: 'westwint-pdf__refusal', role: 'alert' }, state.refusal) : null,
      );
    },
  });

/** The field in the preview pane: the file's name. */
const PdfPreview = (props: { value?: string }) =>
  h('p', null, props.value ? props.value.split('/').pop() : '');

export function checkPdfsBeforeAccepting(): void {
  CMS.registerFieldType('pdf', PdfControl() as never, PdfPreview as never);
}
