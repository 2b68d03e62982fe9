import type { Draft } from '../model';
import type { Finding } from '../requirements';
import { placeInWords } from '../wizard/places';

/**
 * Where a finding is fixed, in the committee's words ("Mendocino County Probation Department:
 * took part"), for the command line: the same words the wizard's findings use, never a path.
 */
export const whereToFix = (finding: Pick<Finding, 'path' | 'section' | 'recordId'>, draft: Draft): string => placeInWords(finding, draft);
