// The words and limits the core owns: a row's fields and their names, the status labels, the workshop's questions, the vote
// limit and the paper each print comes on by default. Asked for once at start (main.js
// waits for it before any screen), so no label is typed here a second time.
import { api } from './api.js';

/** A row's fields in the order the board shows them: { code, label, text, kind, under, choices }
 *  (`text`: free text in a cell of its own; `kind`: 'text', 'date', 'status' or 'choice';
 *  `under`: the field whose column shows it, Frist under Når?; `choices`: a choice field's
 *  [{ code, text }], in order). */
export const FIELDS = [];
/** [code, label] of the six statuses, in the order they are offered. */
export const STATUSES = [];
/** [code, question] of the workshop's three questions, in the order they are asked. */
export const QUESTIONS = [];
export const limits = { maxVotes: 0 };
const papers = new Map();

export async function loadVocabulary() {
  const v = await api.vocabulary();
  FIELDS.splice(0, FIELDS.length, ...v.fields);
  STATUSES.splice(0, STATUSES.length, ...v.statuses.map((w) => [w.code, w.text]));
  QUESTIONS.splice(0, QUESTIONS.length, ...v.questions.map((w) => [w.code, w.text]));
  limits.maxVotes = v.max_votes;
  for (const [what, paper] of v.default_paper) papers.set(what, paper);
}

/** The codes of the row's free-text fields, in order. */
export const textFields = () => FIELDS.filter((f) => f.text).map((f) => f.code);
/** The row's fields of a few choices ({ code, label, choices, under }), in order. */
export const choiceFields = () => FIELDS.filter((f) => f.kind === 'choice');
/** A field's name in the app's language («Ansvar»). */
export const fieldLabel = (code) => (FIELDS.find((f) => f.code === code) || { label: code }).label;

export const statusLabel = (code) => (STATUSES.find(([c]) => c === code) || [code, code])[1];

/** The paper `what` is printed on when none is chosen ('a3' or 'a4'). */
export const defaultPaper = (what) => papers.get(what) ?? 'a3';
