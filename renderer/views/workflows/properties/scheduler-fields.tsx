import { useState } from 'react';
import type { Schedule } from '../../../../shared/domain/workflows/scheduler-settings';
import { NumberProperty, SelectProperty, TextProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { fromLocalInput, toLocalInput } from './local-datetime';

const kinds = [
  { value: 'once', label: 'Once' },
  { value: 'every', label: 'Every N minutes' },
  { value: 'daily', label: 'Daily' },
] as const;

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
  const schedule = activity.schedule;
  const set = (next: Schedule) => onChange({ ...activity, schedule: next });
  return (
    <>
      <SelectProperty
        label="Frequency"
        value={schedule.kind}
        choices={kinds}
        onChange={(kind) => set(switchTo(kind))}
      />
      {schedule.kind === 'once' && (
        <DateTimeAt at={schedule.at} onChange={(at) => set({ kind: 'once', at })} />
      )}
      {schedule.kind === 'every' && (
        <NumberProperty
          label="Every (minutes)"
          value={schedule.minutes}
          min={1}
          max={10_080}
          onChange={(minutes) => set({ kind: 'every', minutes })}
        />
      )}
      {schedule.kind === 'daily' && (
        <TextProperty
          label="At (HH:mm)"
          value={schedule.time}
          onChange={(time) => set({ kind: 'daily', time })}
          invalid={!/^([01]\d|2[0-3]):[0-5]\d$/.test(schedule.time)}
          help="Local time, such as 06:30."
        />
      )}
    </>
  );
}

function DateTimeAt({ at, onChange }: { at: string; onChange(at: string): void }) {
  const [text, setText] = useState(toLocalInput(at));
  return (
    <TextProperty
      label="At"
      value={text}
      onChange={(typed) => {
        setText(typed);
        const iso = fromLocalInput(typed);
        if (iso) onChange(iso);
      }}
      invalid={fromLocalInput(text) === null}
      placeholder="yyyy-MM-dd HH:mm"
      help="Local time, as yyyy-MM-dd HH:mm; a time already past fires at once."
    />
  );
}
