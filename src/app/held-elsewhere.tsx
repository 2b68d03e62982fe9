import type { ComponentProps } from 'react';
import { EditingElsewhere } from '../wizard';
import { useLetGo } from './use-let-go';

type Props = Omit<ComponentProps<typeof EditingElsewhere>, 'free'> & {
  /** The kept draft another tab has; null for one not kept, which no tab can hold. */
  id: string | null;
  /** Says, in the page's status, that the other tab let go of the draft or took it again. */
  onStatus: (words: string) => void;
};

/**
 * A draft another tab has: its notice, kept true while it is shown, as that tab lets go of the
 * draft (closed, or back to the list) or another takes it again (use-let-go.ts).
 */
export function HeldElsewhere({ id, onStatus, ...notice }: Props) {
  const free = useLetGo(id, (letGo) => onStatus(`“${notice.title}” is ${letGo ? 'no longer open' : 'open again'} in another tab.`));
  return <EditingElsewhere {...notice} free={free} />;
}
