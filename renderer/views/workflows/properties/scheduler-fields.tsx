import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schedule } from '../../../../shared/domain/workflows/scheduler-settings';
import { NumberProperty, SelectProperty, TextProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { fromLocalInput, toLocalInput } from './local-datetime';

function switchTo(kind: Schedule['kind']): Schedule {
  switch (kind) {
    case 'once':
      return { kind, at: new Date().toISOString() };
    case 'every':
      return { kind, minutes: 60 };
    case 'daily':
      return { kind, time: '06:00' };
  }
}

export function SchedulerFields({ activity, onChange }: ActivityEditorProps<'scheduler'>) {
  const { t } = useTranslation('workflows');
  const kinds = [
    { value: 'once', label: t('scheduler.once') },
    { value: 'every', label: t('scheduler.every') },
    { value: 'daily', label: t('scheduler.daily') },
  ] as const;
  const schedule = activity.schedule;
  const set = (next: Schedule) => onChange({ ...activity, schedule: next });
  return (
    <>
      <SelectProperty
        label={t('scheduler.frequency')}
        value={schedule.kind}
        choices={kinds}
        onChange={(kind) => set(switchTo(kind))}
      />
      {schedule.kind === 'once' && (
        <DateTimeAt at={schedule.at} onChange={(at) => set({ kind: 'once', at })} />
      )}
      {schedule.kind === 'every' && (
        <NumberProperty
          label={t('scheduler.minutes')}
          value={schedule.minutes}
          min={1}
          max={10_080}
          onChange={(minutes) => set({ kind: 'every', minutes })}
        />
      )}
      {schedule.kind === 'daily' && (
        <TextProperty
          label={t('scheduler.time')}
          value={schedule.time}
          onChange={(time) => set({ kind: 'daily', time })}
          invalid={!/^([01]\d|2[0-3]):[0-5]\d$/.test(schedule.time)}
          help={t('scheduler.timeHelp')}
        />
      )}
    </>
  );
}

function DateTimeAt({ at, onChange }: { at: string; onChange(at: string): void }) {
  const { t } = useTranslation('workflows');
  const [text, setText] = useState(toLocalInput(at));
  return (
    <TextProperty
      label={t('scheduler.at')}
      value={text}
      onChange={(typed) => {
        setText(typed);
        const iso = fromLocalInput(typed);
        if (iso) onChange(iso);
      }}
      invalid={fromLocalInput(text) === null}
      placeholder="yyyy-MM-dd HH:mm"
      help={t('scheduler.atHelp')}
    />
  );
}
