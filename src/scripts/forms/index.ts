/** The forms' script: every resident form on the page gets the enhancements of enhance.ts. */
import { enhance } from './enhance';

document.querySelectorAll<HTMLFormElement>('form[data-resident-form]').forEach(enhance);
