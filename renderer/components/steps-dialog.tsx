import {
  AnchorButton,
  Classes,
  Dialog,
  DialogFooter,
  type DialogProps,
  type DialogStepButtonProps,
  type DialogStepId,
  type DialogStepProps,
} from '@blueprintjs/core';
import {
  Children,
  isValidElement,
  useId,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

type StepButtonProps = Omit<DialogStepButtonProps, 'tooltipContent'>;

export interface StepsDialogProps extends Pick<
  DialogProps,
  'isOpen' | 'onClose' | 'title' | 'icon' | 'className' | 'canOutsideClickClose'
> {
  showCloseButtonInFooter?: boolean;
  closeButtonProps?: StepButtonProps;
  backButtonProps?: StepButtonProps;
  nextButtonProps?: StepButtonProps;
  finalButtonProps?: StepButtonProps;
  onChange?(newStepId: DialogStepId, prevStepId: DialogStepId): void;
  /** The step shown when it opens (the earlier ones count as seen); the first by default. */
  initialStepId?: DialogStepId;
  /** Blueprint `DialogStep` elements, in order. */
  children: ReactNode;
}

const stepsOf = (children: ReactNode) =>
  Children.toArray(children).filter((child): child is ReactElement<DialogStepProps> =>
    isValidElement(child),
  );

/**
 * Blueprint's MultistepDialog with the step list a screen reader can use: each step is one tab
 * (a button), where Blueprint nests a button in its tab (axe: nested-interactive). Same props
 * as far as the console uses them, same classes, so it looks the same; reopened at
 * `initialStepId`.
 */
export function StepsDialog({
  isOpen,
  onClose,
  title,
  icon,
  className,
  ...rest
}: StepsDialogProps) {
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      title={title}
      icon={icon}
      className={`${Classes.MULTISTEP_DIALOG} ${className ?? ''}`}
      canOutsideClickClose={rest.canOutsideClickClose ?? true}
    >
      {isOpen && <StepsBody {...rest} onClose={onClose} />}
    </Dialog>
  );
}

function StepsBody({
  children,
  onChange,
  onClose,
  showCloseButtonInFooter,
  closeButtonProps,
  backButtonProps,
  nextButtonProps,
  finalButtonProps,
  initialStepId,
}: Omit<StepsDialogProps, 'isOpen' | 'title' | 'icon' | 'className'>) {
  const steps = stepsOf(children);
  const initial = Math.max(
    0,
    steps.findIndex((step) => step.props.id === initialStepId),
  );
  const [selected, setSelected] = useState(initial);
  const [lastViewed, setLastViewed] = useState(initial);
  const ids = useId();
  const { t } = useTranslation();
  const tabId = (index: number) => `${ids}-step-${index}`;
  const current = steps[selected];
  if (!current) return null;

  const go = (index: number) => {
    const target = steps[index];
    if (!target) return;
    onChange?.(target.props.id, current.props.id);
    setSelected(index);
    setLastViewed((viewed) => Math.max(viewed, index));
  };
  const last = selected === steps.length - 1;

  return (
    <div className={Classes.MULTISTEP_DIALOG_PANELS}>
      <div
        className={Classes.MULTISTEP_DIALOG_LEFT_PANEL}
        role="tablist"
        aria-label={t('steps')}
        aria-orientation="vertical"
      >
        {steps.map((step, index) => (
          <button
            key={step.props.id}
            type="button"
            id={tabId(index)}
            role="tab"
            aria-selected={index === selected}
            aria-controls={`${ids}-panel`}
            disabled={index > lastViewed}
            className={`${Classes.DIALOG_STEP_CONTAINER} console-dialog-step${
              index === selected ? ` ${Classes.ACTIVE}` : ''
            }${index <= lastViewed ? ` ${Classes.DIALOG_STEP_VIEWED}` : ''}`}
            onClick={() => index !== selected && go(index)}
          >
            <span className={Classes.DIALOG_STEP}>
              <span className={Classes.DIALOG_STEP_ICON}>{index + 1}</span>
              <span className={Classes.DIALOG_STEP_TITLE}>{step.props.title}</span>
            </span>
          </button>
        ))}
      </div>
      <div
        className={Classes.MULTISTEP_DIALOG_RIGHT_PANEL}
        id={`${ids}-panel`}
        role="tabpanel"
        aria-labelledby={tabId(selected)}
      >
        {current.props.panel}
        <DialogFooter
          actions={
            <>
              {selected > 0 && (
                <AnchorButton
                  text={t('back')}
                  onClick={() => go(selected - 1)}
                  {...(current.props.backButtonProps ?? backButtonProps)}
                />
              )}
              {last ? (
                <AnchorButton intent="primary" text={t('submit')} {...finalButtonProps} />
              ) : (
                <AnchorButton
                  intent="primary"
                  text={t('next')}
                  onClick={() => go(selected + 1)}
                  {...(current.props.nextButtonProps ?? nextButtonProps)}
                />
              )}
            </>
          }
        >
          {showCloseButtonInFooter && (
            <AnchorButton text={t('close')} onClick={onClose} {...closeButtonProps} />
          )}
        </DialogFooter>
      </div>
    </div>
  );
}
