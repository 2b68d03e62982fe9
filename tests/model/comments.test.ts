import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchoredText, answerHash, approvalStandings, bindingHash, signatureStandings, APP_VERSION, applyEdit, applyReviewerEdit, commentRecord, commentState, contentHash, describeRestoreError, describeReviewFileError, mergeComments, mergeSectionReviews, restoreDraft, restoreReview, REVIEW_VERSION, reviewerMay, serializeReview, withConversationOf,
  type Comment, type Draft, type DraftEdit, type SectionReview,
} from '../../src/model';
import { completeDraft, withChange } from '../support/drafts';

const on = (minute: number) => `2026-12-02T10:${String(minute).padStart(2, '0')}:00.000Z`;

const comment = (id: string, anchor: Partial<Comment['anchor']> & Pick<Comment['anchor'], 'section'>, minute = 0, author = 'Sam Ortiz (TA)'): DraftEdit => ({
  kind: 'comment',
  comment: { id, anchor: { recordId: null, field: null, label: '', ...anchor }, author, at: on(minute), text: `Comment ${id}` },
});

const apply = (draft: Draft, ...edits: DraftEdit[]) => edits.reduce(applyEdit, draft);

describe('comments on a draft', () => {
  it('are written, answered, resolved and reopened, and never change the content hash', () => {
    const draft = completeDraft();
    const probation = draft.agencies[1]!;
    const commented = apply(draft,
      comment('c1', { section: 'identification', field: 'sections.identification.screeningTool', label: 'Screening tool' }),
      comment('c2', { section: 'agencies', recordId: probation.id, label: probation.name }, 1),
      { kind: 'reply', commentId: 'c1', reply: { id: 'r1', author: 'Dana Cruz', at: on(5), text: 'We use the CSE-IT.' } },
      { kind: 'commentStatus', commentId: 'c1', status: 'resolved', by: 'Dana Cruz', at: on(6) },
    );
    expect(commented.comments.map((c) => [c.id, c.status, c.replies.length])).toEqual([['c1', 'resolved', 1], ['c2', 'open', 0]]);
    expect(commented.comments[0]).toMatchObject({ statusBy: 'Dana Cruz', statusAt: on(6) });
    expect(contentHash(commented)).toBe(contentHash(draft));
    const reopened = applyEdit(commented, { kind: 'commentStatus', commentId: 'c1', status: 'open', by: 'Sam Ortiz (TA)', at: on(7) });
    expect(reopened.comments[0]).toMatchObject({ status: 'open', statusBy: 'Sam Ortiz (TA)' });
  });

  it('keep a fingerprint of the answer they are about, which tells when it has changed since', () => {
    const draft = completeDraft();
    const probation = draft.agencies[1]!;
    const screening = { section: 'identification', recordId: null, field: 'sections.identification.screeningTool', label: 'Screening tool' } as const;
    const onProbation = { section: 'agencies', recordId: probation.id, field: null, label: probation.name } as const;
    const whole = { section: 'training', recordId: null, field: null, label: '' } as const;
    const commented = apply(draft, comment('c1', screening), comment('c2', onProbation), comment('c3', whole));
    const [c1, c2, c3] = commented.comments;
    expect(c1!.answerWas).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect([answerHash(commented, c1!.anchor), answerHash(commented, c2!.anchor)]).toEqual([c1!.answerWas, c2!.answerWas]);
    // A whole section has no one answer to follow.
    expect(c3!.answerWas).toBeNull();
    const edited = apply(commented,
      { kind: 'set', path: ['sections', 'identification', 'screeningTool'], value: 'CSE-IT, version 3' },
      { kind: 'update', list: 'agencies', id: probation.id, path: ['signer', 'title'], value: 'Chief Probation Officer' });
    expect(answerHash(edited, c1!.anchor)).not.toBe(c1!.answerWas);
    expect(answerHash(edited, c2!.anchor)).not.toBe(c2!.answerWas);
    // Another answer's change leaves it as it was; a record that has gone has no answer.
    expect(answerHash(apply(commented, { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'Yearly' }), c1!.anchor)).toBe(c1!.answerWas);
    expect(answerHash(apply(commented, { kind: 'remove', list: 'agencies', id: probation.id }), c2!.anchor)).toBeNull();
  });

  it('refuses a comment with no words, no author or an id already used, and a reply to a comment that is not there', () => {
    const draft = apply(completeDraft(), comment('c1', { section: 'training' }));
    const blank: DraftEdit = { kind: 'comment', comment: { id: 'c2', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'A', at: on(1), text: '  ' } };
    expect(applyEdit(draft, blank)).toBe(draft);
    const nobody = comment('c3', { section: 'training' }) as Extract<DraftEdit, { kind: 'comment' }>;
    expect(applyEdit(draft, { ...nobody, comment: { ...nobody.comment, author: '' } })).toBe(draft);
    expect(applyEdit(draft, comment('c1', { section: 'data' }))).toBe(draft);
    expect(applyEdit(draft, { kind: 'reply', commentId: 'nope', reply: { id: 'r', author: 'A', at: on(2), text: 'B' } })).toBe(draft);
  });

  it('are changed, withdrawn and put back by their author, and by no one else', () => {
    const draft = apply(completeDraft(), comment('c1', { section: 'training' }), { kind: 'reply', commentId: 'c1', reply: { id: 'r1', author: 'Dana Cruz', at: on(2), text: 'Which?' } });
    const reworded = applyEdit(draft, { kind: 'commentText', commentId: 'c1', text: '  Name the trainer.\n', by: ' Sam Ortiz (TA)', at: on(3) });
    expect(reworded.comments[0]).toMatchObject({ text: 'Name the trainer.', editedAt: on(3), at: on(0), status: 'open' });
    expect(reworded.comments[0]!.replies).toHaveLength(1);
    expect(contentHash(reworded)).toBe(contentHash(draft));
    const refused: DraftEdit[] = [
      { kind: 'commentText', commentId: 'c1', text: 'Ignore this.', by: 'Dana Cruz', at: on(4) },
      { kind: 'commentText', commentId: 'c1', text: '   ', by: 'Sam Ortiz (TA)', at: on(4) },
      { kind: 'commentText', commentId: 'c1', text: 'Name the trainer.', by: 'Sam Ortiz (TA)', at: on(4) },
      { kind: 'commentText', commentId: 'nope', text: 'Hello', by: 'Sam Ortiz (TA)', at: on(4) },
      { kind: 'commentWithdrawal', commentId: 'c1', withdrawn: true, by: 'Dana Cruz', at: on(4) },
      { kind: 'commentWithdrawal', commentId: 'c1', withdrawn: false, by: 'Sam Ortiz (TA)', at: on(4) },
    ];
    for (const edit of refused) expect(applyEdit(reworded, edit), JSON.stringify(edit)).toBe(reworded);
    // The committee resolves it; then its author withdraws it.
    const resolved = applyEdit(reworded, { kind: 'commentStatus', commentId: 'c1', status: 'resolved', by: 'Dana Cruz', at: on(5) });
    const withdrawn = applyEdit(resolved, { kind: 'commentWithdrawal', commentId: 'c1', withdrawn: true, by: 'Sam Ortiz (TA)', at: on(6) });
    expect(withdrawn.comments[0]).toMatchObject({ withdrawal: { withdrawn: true, at: on(6) }, status: 'resolved' });
    expect(commentState(withdrawn.comments[0]!)).toBe('withdrawn');
    // Withdrawn, its words stay as they were, and only its author puts it back: as the committee left it.
    expect(applyEdit(withdrawn, { kind: 'commentText', commentId: 'c1', text: 'Other words.', by: 'Sam Ortiz (TA)', at: on(7) })).toBe(withdrawn);
    expect(applyEdit(withdrawn, { kind: 'commentWithdrawal', commentId: 'c1', withdrawn: false, by: 'Dana Cruz', at: on(7) })).toBe(withdrawn);
    const putBack = applyEdit(withdrawn, { kind: 'commentWithdrawal', commentId: 'c1', withdrawn: false, by: 'Sam Ortiz (TA)', at: on(7) });
    expect(commentState(putBack.comments[0]!)).toBe('resolved');
  });

  it('go on while the text is certified, which stays locked', () => {
    const certified = applyEdit(completeDraft(), { kind: 'certify', by: 'Dana Cruz', on: '2026-12-02' });
    const commented = apply(certified, comment('c1', { section: 'funding' }), { kind: 'sectionReview', section: 'funding', reviewer: 'Sam', status: 'approved', at: on(1) });
    expect(commented.comments).toHaveLength(1);
    expect(commented.sectionReviews).toEqual([{ section: 'funding', reviewer: 'Sam', status: 'approved', at: on(1) }]);
    expect(commented.certification).toEqual(certified.certification);
  });

  it('are all a reviewer’s copy takes: the answers stay the committee’s, and a reviewer resolves only their own comments', () => {
    const received = apply(completeDraft(), comment('c1', { section: 'training' }, 0, 'Dana Cruz'));
    const reviewed = [
      comment('c2', { section: 'training' }, 1),
      { kind: 'reply', commentId: 'c1', reply: { id: 'r1', author: 'Sam Ortiz (TA)', at: on(2), text: 'Agreed.' } },
      { kind: 'sectionReview', section: 'training', reviewer: 'Sam Ortiz (TA)', status: 'changes-requested', at: on(3) },
      { kind: 'commentStatus', commentId: 'c2', status: 'resolved', by: ' Sam Ortiz (TA) ', at: on(4) },
      { kind: 'commentText', commentId: 'c2', text: 'Say who trains whom.', by: 'Sam Ortiz (TA)', at: on(4) },
      { kind: 'commentWithdrawal', commentId: 'c2', withdrawn: true, by: 'Sam Ortiz (TA)', at: on(4) },
    ] satisfies DraftEdit[];
    const copy = reviewed.reduce(applyReviewerEdit, received);
    expect(copy.comments.map((c) => [c.id, c.status, c.replies.length])).toEqual([['c1', 'open', 1], ['c2', 'resolved', 0]]);
    expect(copy.sectionReviews).toHaveLength(1);
    expect(copy.comments[1]).toMatchObject({ text: 'Say who trains whom.', withdrawal: { withdrawn: true } });
    const refused: DraftEdit[] = [
      { kind: 'commentStatus', commentId: 'c1', status: 'resolved', by: 'Sam Ortiz (TA)', at: on(5) },
      { kind: 'commentText', commentId: 'c1', text: 'Say nothing.', by: 'Sam Ortiz (TA)', at: on(5) },
      { kind: 'commentWithdrawal', commentId: 'c1', withdrawn: true, by: 'Sam Ortiz (TA)', at: on(5) },
      { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'Never' },
      { kind: 'add', list: 'agencies', record: { name: 'Invented agency' } },
      { kind: 'remove', list: 'agencies', id: copy.agencies[0]!.id },
      { kind: 'acknowledge', finding: { ruleId: 'r', county: null, recordId: null, path: null }, by: 'Sam', reason: 'No', on: null },
      { kind: 'certify', by: 'Sam', on: '2026-12-02' },
      { kind: 'approve', agencyId: copy.agencies[0]!.id, by: 'Sam', on: '2026-12-02' },
      { kind: 'mergeReview', comments: [], sectionReviews: [] },
    ];
    for (const edit of refused) {
      expect(reviewerMay(copy, edit), edit.kind).toBe(false);
      expect(applyReviewerEdit(copy, edit), edit.kind).toBe(copy);
    }
    // The same edits made by the committee apply.
    expect(applyEdit(copy, refused[0]!).comments[0]!.status).toBe('resolved');
    expect(applyEdit(copy, refused[3]!)).not.toBe(copy);
  });

  it('keeps each reviewer’s latest verdict per section, the newer replacing the older', () => {
    const draft = apply(completeDraft(),
      { kind: 'sectionReview', section: 'mdt', reviewer: 'Sam', status: 'changes-requested', at: on(1) },
      { kind: 'sectionReview', section: 'mdt', reviewer: 'Lee', status: 'approved', at: on(2) },
      { kind: 'sectionReview', section: 'mdt', reviewer: 'Sam ', status: 'approved', at: on(1) });
    expect(draft.sectionReviews.map((r) => [r.reviewer, r.status])).toEqual([['Lee', 'approved'], ['Sam', 'approved']]);
  });
});

// Ids are unique across copies (the app makes them random), so one id is always the same reply.
const reply = fc.constantFrom(1, 2, 3).map((n) => ({ id: `r${n}`, author: n === 2 ? 'B' : 'A', at: on(n === 3 ? 1 : 30), text: `Reply ${n}` }));
const commentArbitrary: fc.Arbitrary<Comment> = fc.record({
  id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
  anchor: fc.constant({ section: 'training' as const, recordId: null, field: null, label: '' }),
  author: fc.constant('Sam'),
  at: fc.constant(on(0)),
  text: fc.constantFrom('Say who trains.', 'Say who trains, and how often.', 'Name the trainer.'),
  editedAt: fc.option(fc.integer({ min: 0, max: 59 }).map(on), { nil: null }),
  status: fc.constantFrom('open' as const, 'resolved' as const),
  withdrawal: fc.option(fc.record({ withdrawn: fc.boolean(), at: fc.integer({ min: 0, max: 59 }).map(on) }), { nil: null }),
  statusBy: fc.constantFrom(null, 'A', 'B'),
  statusAt: fc.option(fc.integer({ min: 0, max: 59 }).map(on), { nil: null }),
  replies: fc.uniqueArray(reply, { selector: (r) => r.id, maxLength: 3 }),
  answerWas: fc.constant(null),
});
const copy = fc.uniqueArray(commentArbitrary, { selector: (c) => c.id, maxLength: 4 });
const sameMoment: Comment = {
  id: 'c3', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Sam', at: on(0), text: 'Say who trains.', editedAt: null,
  status: 'open', statusBy: null, statusAt: null, replies: [], answerWas: null, withdrawal: null,
};

describe('merging reviewers’ copies', () => {
  it('loses no comment or reply, gives the same result in any order, and changes nothing when merged twice', () => {
    fc.assert(fc.property(copy, copy, copy, (a, b, c) => {
      const ab = mergeComments(a, b);
      expect(mergeComments(b, a)).toEqual(ab);
      expect(mergeComments(mergeComments(ab, c), b)).toEqual(mergeComments(a, mergeComments(c, b)));
      expect(mergeComments(ab, ab)).toEqual(ab);
      for (const one of [...a, ...b]) {
        const merged = ab.find((m) => m.id === one.id)!;
        for (const r of one.replies) expect(merged.replies.map((m) => m.id)).toContain(r.id);
      }
    }), { examples: [
      // Found by a run: the same decision, once with its moment recorded and once without.
      [[{ ...sameMoment, statusAt: sameMoment.at }], [sameMoment], []],
      // Two edits at the same moment, and a withdrawal and a resolution at the same moment.
      [[{ ...sameMoment, text: 'Name the trainer.', editedAt: on(5) }], [{ ...sameMoment, text: 'Say who trains, and how often.', editedAt: on(5) }], [sameMoment]],
      [[{ ...sameMoment, withdrawal: { withdrawn: true, at: on(5) } }], [{ ...sameMoment, withdrawal: { withdrawn: false, at: on(5) } }], []],
    ] });
  });

  it('keeps the words changed last, and a withdrawal or putting back decided last', () => {
    const base = (apply(completeDraft(), comment('c1', { section: 'training' })).comments[0])!;
    const edited = { ...base, text: 'Name the trainer.', editedAt: on(10) };
    const editedAgain = { ...base, text: 'Name the trainer and the hours.', editedAt: on(20) };
    for (const merged of [mergeComments([edited], [editedAgain]), mergeComments([editedAgain], [edited])]) {
      expect(merged[0]).toMatchObject({ text: 'Name the trainer and the hours.', editedAt: on(20) });
    }
    expect(mergeComments([base], [edited])[0]).toMatchObject({ text: 'Name the trainer.', editedAt: on(10) });
    expect(mergeComments([edited], [base])[0]).toMatchObject({ text: 'Name the trainer.', editedAt: on(10) });
    // Words, status and withdrawal merge apart: an edit in one copy and a withdrawal in the other both hold.
    const withdrawn = { ...base, withdrawal: { withdrawn: true, at: on(30) } };
    expect(mergeComments([edited], [withdrawn])[0]).toMatchObject({ text: 'Name the trainer.', withdrawal: { withdrawn: true } });
    // Put back by its author, a comment the committee resolved meanwhile stays resolved (found by a review).
    const putBack = { ...base, withdrawal: { withdrawn: false, at: on(40) } };
    const resolved = { ...withdrawn, status: 'resolved' as const, statusBy: 'Dana', statusAt: on(35) };
    for (const merged of [mergeComments([putBack], [resolved]), mergeComments([resolved], [putBack])]) {
      expect(merged[0]).toMatchObject({ status: 'resolved', withdrawal: { withdrawn: false, at: on(40) } });
      expect(commentState(merged[0]!)).toBe('resolved');
    }
  });

  it('keeps the status decided last', () => {
    const base = (apply(completeDraft(), comment('c1', { section: 'training' })).comments[0])!;
    const resolved = { ...base, status: 'resolved' as const, statusBy: 'Dana', statusAt: on(10) };
    const reopened = { ...base, status: 'open' as const, statusBy: 'Sam', statusAt: on(20) };
    expect(mergeComments([resolved], [reopened])[0]).toMatchObject({ status: 'open', statusBy: 'Sam' });
    expect(mergeComments([base], [resolved])[0]).toMatchObject({ status: 'resolved', statusBy: 'Dana' });
  });

  it('keeps a decision over a copy that records none, whatever the clock of the computer that wrote the comment', () => {
    const base = (apply(completeDraft(), comment('c1', { section: 'training' })).comments[0])!;
    // Written on a reviewer's computer two hours fast, and resolved by the committee before that moment by its own clock.
    const written = { ...base, at: on(50) };
    const resolved = { ...written, status: 'resolved' as const, statusBy: 'Dana Cruz', statusAt: on(10) };
    for (const merged of [mergeComments([resolved], [written]), mergeComments([written], [resolved])]) {
      expect(merged[0]).toMatchObject({ status: 'resolved', statusBy: 'Dana Cruz', statusAt: on(10) });
    }
  });

  it('keeps each reviewer’s latest verdict whatever order the copies come in', () => {
    const a: SectionReview[] = [{ section: 'mdt', reviewer: 'Sam', status: 'changes-requested', at: on(1) }];
    const b: SectionReview[] = [{ section: 'mdt', reviewer: 'Sam', status: 'approved', at: on(3) }, { section: 'basics', reviewer: 'Lee', status: 'approved', at: on(2) }];
    expect(mergeSectionReviews(a, b)).toEqual(mergeSectionReviews(b, a));
    expect(mergeSectionReviews(a, b).map((r) => [r.section, r.status])).toEqual([['basics', 'approved'], ['mdt', 'approved']]);
  });
});

describe('comments through a restore or a replacement', () => {
  it('keep every comment, reply and verdict of the open draft, with the incoming text, and count what the incoming draft lacked', () => {
    const earlier = apply(completeDraft(), comment('c1', { section: 'training' }), { kind: 'set', path: ['title'], value: 'Earlier title' });
    const now = apply(earlier,
      { kind: 'set', path: ['title'], value: 'Later title' },
      { kind: 'reply', commentId: 'c1', reply: { id: 'r1', author: 'Dana Cruz', at: on(5), text: 'Done.' } },
      { kind: 'commentStatus', commentId: 'c1', status: 'resolved', by: 'Dana Cruz', at: on(6) },
      comment('c2', { section: 'mdt' }, 7),
      { kind: 'sectionReview', section: 'mdt', reviewer: 'Sam', status: 'approved', at: on(8) });
    const { draft, kept } = withConversationOf(earlier, now);
    expect(draft.title).toBe('Earlier title');
    expect(contentHash(draft)).toBe(contentHash(earlier));
    expect(draft.comments.map((c) => [c.id, c.status, c.replies.map((r) => r.id)])).toEqual([['c1', 'resolved', ['r1']], ['c2', 'open', []]]);
    expect(draft.sectionReviews).toEqual(now.sectionReviews);
    expect(kept).toEqual({ comments: 1, replies: 1, approvals: 0, signatures: 0 });
    // The incoming draft's own comments stay, and nothing is counted twice.
    expect(withConversationOf(now, earlier)).toMatchObject({ kept: { comments: 0, replies: 0 } });
    expect(withConversationOf(now, earlier).draft.comments).toEqual(now.comments);
  });
});

describe('approvals and signatures through a restore or a replacement', () => {
  it('keep those recorded since, bound to the text they were given for, and the later of two for one agency', () => {
    // The version certified, then signed and approved after it was kept: restoring it loses neither.
    const certified = completeDraft();
    const [first, second] = certified.agencies.filter((a) => a.signs);
    const signed = withChange(certified, (d) => {
      d.signatures = [{ agencyId: first!.id, signedOn: '2026-12-02', textHash: contentHash(certified) }, { agencyId: second!.id, signedOn: null }];
      d.approvals = [{ agencyId: first!.id, by: 'Lee Park, County Counsel', on: '2026-12-01', textHash: bindingHash(certified, first!.id) }];
    });
    const later = withChange(signed, (d) => { d.title = 'Changed after signing'; });
    const { draft, kept } = withConversationOf(certified, later);
    expect(draft.title).toBe(certified.title);
    expect(draft.signatures).toEqual(later.signatures);
    expect(draft.approvals).toEqual(later.approvals);
    expect(kept).toEqual({ comments: 0, replies: 0, approvals: 1, signatures: 1 });
    // Bound by hash: on the restored text they stand as given; on another text, as out of date.
    expect(signatureStandings(draft).find((s) => s.agency.id === first!.id)!.standing.kind).toBe('signed');
    expect(approvalStandings(draft).find((s) => s.agency.id === first!.id)!.standing.kind).toBe('approved');
    expect(signatureStandings(withConversationOf(later, certified).draft).find((s) => s.agency.id === first!.id)!.standing.kind).toBe('earlier-text');
    // Of two records for one agency, the later date wins, whichever draft holds it; nothing is counted that was not new.
    const resigned = withChange(certified, (d) => { d.signatures = [{ agencyId: first!.id, signedOn: '2026-12-05', textHash: contentHash(certified) }]; });
    expect(withConversationOf(resigned, later)).toMatchObject({ draft: { signatures: [resigned.signatures[0], later.signatures[1]] }, kept: { signatures: 0 } });
    // A record of an agency the incoming draft does not have stays with the draft as it was.
    const without = withChange(certified, (d) => { d.agencies = d.agencies.filter((a) => a.id !== first!.id); });
    expect(withConversationOf(without, later).draft.approvals).toEqual([]);
  });
});

describe('comments survive reordering and editing the lists', () => {
  it('stay on the agency, tier or section they were written on, by id, through any moves, edits, removals and additions', () => {
    const start = completeDraft();
    const agencyIds = start.agencies.map((a) => a.id);
    const tierIds = start.mdtTiers.map((t) => t.id);
    const anchors = [
      ...agencyIds.map((id) => ({ section: 'agencies' as const, recordId: id, field: null, label: id })),
      ...agencyIds.map((id) => ({ section: 'roles' as const, recordId: id, field: 'responsibilities', label: id })),
      ...tierIds.map((id) => ({ section: 'mdt' as const, recordId: id, field: null, label: id })),
      { section: 'identification' as const, recordId: null, field: 'sections.identification.screeningTool', label: 'Screening tool' },
    ];
    const commented = anchors.reduce((draft, anchor, i) => applyEdit(draft, { kind: 'comment', comment: { id: `c${i}`, anchor, author: 'Sam', at: on(0), text: 'Check this.' } }), start);
    const ids = fc.constantFrom(...agencyIds, ...tierIds);
    const edit: fc.Arbitrary<DraftEdit> = fc.oneof(
      fc.record({ id: fc.constantFrom(...agencyIds), to: fc.nat(20) }).map(({ id, to }): DraftEdit => ({ kind: 'move', list: 'agencies', id, to })),
      fc.record({ id: fc.constantFrom(...tierIds), to: fc.nat(5) }).map(({ id, to }): DraftEdit => ({ kind: 'move', list: 'mdtTiers', id, to })),
      fc.record({ index: fc.nat(10), name: fc.string({ maxLength: 12 }) }).map(({ index, name }): DraftEdit => ({ kind: 'set', path: ['agencies', index, 'name'], value: name })),
      fc.record({ index: fc.nat(10), text: fc.string({ maxLength: 12 }) }).map(({ index, text }): DraftEdit => ({ kind: 'set', path: ['agencies', index, 'responsibilities'], value: text })),
      ids.map((id): DraftEdit => ({ kind: 'remove', list: agencyIds.includes(id) ? 'agencies' : 'mdtTiers', id })),
      fc.constant<DraftEdit>({ kind: 'add', list: 'agencies', record: { name: 'New agency' } }),
      fc.string({ maxLength: 20 }).map((value): DraftEdit => ({ kind: 'set', path: ['sections', 'identification', 'screeningTool'], value })),
    );
    fc.assert(fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      const after = edits.reduce(applyEdit, commented);
      // Every comment is still there, as written, on the same section and record id.
      expect(after.comments).toEqual(commented.comments);
      for (const c of after.comments) {
        const found = commentRecord(after, c.anchor);
        const stillThere = [...after.agencies, ...after.mdtTiers].some((r) => r.id === c.anchor.recordId);
        // It finds its record wherever the record now stands, and only that record.
        expect(found?.record.id ?? null).toBe(stillThere ? c.anchor.recordId : null);
        if (c.anchor.section === 'roles' && found?.list === 'agencies') expect(anchoredText(after, c.anchor)).toBe(found.record.responsibilities.trim().split('\n')[0]!.trim());
      }
    }), { numRuns: 150 });
  });
});

describe('the review file', () => {
  const reviewed = apply(completeDraft(),
    comment('c1', { section: 'training', label: '10. Training' }),
    { kind: 'reply', commentId: 'c1', reply: { id: 'r1', author: 'Dana', at: on(4), text: 'Done.' } },
    { kind: 'sectionReview', section: 'training', reviewer: 'Sam Ortiz (TA)', status: 'changes-requested', at: on(2) });

  it('holds the comments and verdicts, and which draft they were made on, and none of its text', () => {
    const text = serializeReview(reviewed, { savedAt: new Date(on(9)) });
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['about', 'app', 'appVersion', 'comments', 'format', 'savedAt', 'sectionReviews', 'version']);
    expect(data.about).toEqual({ title: reviewed.title, counties: ['Yolo'], contentHash: contentHash(reviewed) });
    expect(text).not.toContain(reviewed.agencies[0]!.responsibilities);
    const restored = restoreReview(text);
    expect(restored.ok && restored.value).toMatchObject({ comments: reviewed.comments, sectionReviews: reviewed.sectionReviews, skipped: [] });
  });

  it('is version 1 until a comment in it is changed or withdrawn, so that an app reading only version 1 opens it', () => {
    expect(JSON.parse(serializeReview(reviewed)).version).toBe(1);
    const id = reviewed.comments[0]!.id;
    const by = reviewed.comments[0]!.author;
    for (const edit of [
      { kind: 'commentText', commentId: id, text: 'New words.', by, at: on(20) },
      { kind: 'commentWithdrawal', commentId: id, withdrawn: true, by, at: on(20) },
    ] satisfies DraftEdit[]) {
      const changed = applyEdit(reviewed, edit);
      expect(changed, edit.kind).not.toBe(reviewed);
      expect(JSON.parse(serializeReview(changed)).version, edit.kind).toBe(REVIEW_VERSION);
    }
  });

  it('opens on top of a draft that moved on, adding to what is there and changing none of its text', () => {
    const restored = restoreReview(serializeReview(reviewed));
    if (!restored.ok) throw new Error(restored.error.kind);
    const moved = apply(completeDraft(), { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'Every year' }, comment('c9', { section: 'data' }, 30, 'Lee'));
    const merged = applyEdit(moved, { kind: 'mergeReview', comments: restored.value.comments, sectionReviews: restored.value.sectionReviews });
    expect(merged.comments.map((c) => c.id)).toEqual(['c1', 'c9']);
    expect(contentHash(merged)).toBe(contentHash(moved));
    expect(merged.sections.training.frequency).toBe('Every year');
    // Opening the same file again adds nothing.
    expect(applyEdit(merged, { kind: 'mergeReview', comments: restored.value.comments, sectionReviews: restored.value.sectionReviews })).toEqual(merged);
  });

  it('refuses what is not a review file, saying what it is, and leaves out entries it cannot read', () => {
    expect(restoreReview('{')).toMatchObject({ ok: false, error: { kind: 'invalidJson' } });
    expect(restoreReview(JSON.stringify({ format: 'csec-mou-draft', version: 7, draft: {} }))).toMatchObject({ ok: false, error: { kind: 'draftFile' } });
    const newer = restoreReview(JSON.stringify({ format: 'csec-mou-review', version: 99, appVersion: '2.0.0' }));
    expect(newer).toEqual({ ok: false, error: { kind: 'versionTooNew', version: 99, app: '2.0.0' } });
    expect(!newer.ok && describeReviewFileError(newer.error)).toBe(`This review file was saved by a newer version of the app (2.0.0): its file version is 99, and this app (${APP_VERSION}) reads up to ${REVIEW_VERSION}. Open it with that version of the app or a later one. Your draft has not been changed.`);
    expect(restoreReview('[]')).toMatchObject({ ok: false, error: { kind: 'notAReview' } });
    // Saved again as UTF-16 by an editor and read as UTF-8: named as such, with and without a BOM.
    const utf16 = (text: string) => new TextDecoder().decode(Buffer.from(text, 'utf16le'));
    for (const text of [utf16(`\uFEFF${serializeReview(reviewed)}`), utf16(serializeReview(reviewed))]) {
      const read = restoreReview(text);
      expect(!read.ok && describeReviewFileError(read.error)).toBe('This file is saved as UTF-16 text; a review file is UTF-8. Save it again as UTF-8 (or ask the reviewer for a new copy from the app). Your draft has not been changed.');
    }
    // An exported PDF chosen by mistake is named as one.
    const pdf = restoreReview('%PDF-1.7\n%\uFFFD\uFFFD\n1 0 obj');
    expect(!pdf.ok && describeReviewFileError(pdf.error)).toBe('This file is a PDF (perhaps an exported MOU), not a review file, which is text a reviewer saves from the app. Your draft has not been changed.');
    // A UTF-8 byte order mark is skipped.
    expect(restoreReview(`\uFEFF${serializeReview(reviewed)}`).ok).toBe(true);
    // The other way round: a review file opened as a draft says what it is and what to do.
    const asDraft = restoreDraft(serializeReview(reviewed));
    expect(!asDraft.ok && describeRestoreError(asDraft.error)).toBe('This file is not a CSEC Protocol & MOU Wizard draft. It is a review file: a reviewer’s comments, without the draft. To take its comments into your draft, open your draft, then add it under “Comments from reviewers”; to review a draft, choose the draft file (.csecmou.json) the committee sent. Your current work has not been changed.');
    const data = JSON.parse(serializeReview(reviewed)) as { comments: unknown[] };
    data.comments.push({ id: 'bad', text: 'no anchor' }, { ...(data.comments[0] as object), id: 'c2' });
    const restored = restoreReview(JSON.stringify(data).replace('"id":"c2"', '"__proto__":{"polluted":true},"id":"c2"'));
    expect(restored.ok && restored.value.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(restored.ok && restored.value.skipped).toEqual(['1 comment could not be read and was left out.']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
