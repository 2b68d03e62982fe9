import { describeRestoreError, type DraftIssue, type RestoreError } from '../model';
import { placeOfPath } from '../wizard/places';

/**
 * Why a file could not be opened, for the app and the command line alike, with each value that
 * kept it from opening named as the wizard's pages name it: "Mendocino County Probation
 * Department: “county” is not a California county", never "agencies.0.county: Invalid option".
 * Each surface says how it gets a newer version of the app (`openWithNewer`).
 */
export const restoreErrorInWords = (error: RestoreError, openWithNewer?: string): string => describeRestoreError(error, { issueInWords, openWithNewer });

function issueInWords(issue: DraftIssue): string {
  // The record by the name the file gave it: the file did not open, so there is no draft to look in.
  const { where, field } = placeOfPath(issue.path, () => issue.record ?? undefined);
  return `${field ? `${where}: “${field}”` : where} ${issue.reason}`;
}
