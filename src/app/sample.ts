// The sample enters through restoreDraft like any user file, so it is checked the same way
// and a broken sample fails loudly in the tests rather than quietly in the page.
import sampleText from '../../examples/complete-single-county.csecmou.json?raw';

export const SAMPLE_NAME = 'the sample protocol';
export { sampleText };
