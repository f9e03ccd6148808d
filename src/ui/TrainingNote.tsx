/** Says plainly that the selected model is still in training (from its card and its index entry's planned steps). */
import type { ModelCard, VariantInfo } from '../app/loadModel';
import { useStrings } from './i18n';

/** The model's steps so far and planned, when it is still in training; null otherwise. */
export function trainingProgress(
  info: Pick<VariantInfo, 'plannedSteps'> | undefined,
  card: ModelCard | undefined,
): { steps: number; planned: number } | null {
  const planned = info?.plannedSteps;
  const steps = card?.training?.steps;
  if (typeof planned !== 'number' || typeof steps !== 'number' || steps >= planned) return null;
  return { steps, planned };
}

/** A note under the header while the selected model is still in training. */
export function TrainingNote({ info, card }: { info: VariantInfo | undefined; card: ModelCard | undefined }) {
  const t = useStrings();
  const p = trainingProgress(info, card);
  if (!p) return null;
  return (
    <p className="alert alert--warn" data-testid="training-note">
      {t.pairs.training(p.steps.toLocaleString('en-US'), p.planned.toLocaleString('en-US'))}
    </p>
  );
}
