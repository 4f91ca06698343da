import { AutoComplete, Input } from 'antd';
import { useMemo, useState } from 'react';
import { foldForSearch } from '../../../../shared/text';
import { useApiQuery } from '../../api/query';
import { matchesPrepared } from '../../../../shared/text-match';
import { matchOption } from '../../components/pickers';
import { useSettled } from '../../components/useSettled';
import { useMeetingEditor } from '../../store/meeting-editor';

/** A person picked: the name and the title to write beside it. */
export interface PickedSpeaker {
  fullName: string;
  title: string;
}

interface SpeakerFieldProps {
  value: string;
  onChange(value: string): void;
  /** A person picked from the list: the caller decides what the pick fills (a name and a title, or "name, title"). */
  onPick(person: PickedSpeaker): void;
  /** What picking puts in the field itself (the speaker's name; the presenter's "name, title"). */
  fillOf(person: PickedSpeaker): string;
  'aria-label': string;
  placeholder: string;
}

/**
 * The speaker of a speech and the presenter of an agenda item: typed freely, or picked from the
 * meeting's attendees (with the title they held at this meeting) and from the directory (with the
 * title held now), all matched by the shared matcher ("nguyen anh", "chu tich"). The field grows to
 * show a long title whole instead of cutting it, and the options wrap instead of ending in "…".
 */
export function SpeakerField({ value, onChange, onPick, fillOf, 'aria-label': ariaLabel, placeholder }: SpeakerFieldProps) {
  const attendees = useMeetingEditor((s) => s.record!.attendees);
  // The directory is asked only while the field has the focus (the list opens only once there are options).
  const [focused, setFocused] = useState(false);
  const text = useSettled(value);
  const searching = focused && foldForSearch(text).length >= 2;
  const directory = useApiQuery('people:list', { text }, { enabled: searching, keepPrevious: true });

  const options = useMemo(() => {
    const fromMeeting = attendees
      .filter((a) => a.fullName.trim() !== '')
      .map((a) => ({ fullName: a.fullName, title: a.title, extra: a.organisationName }));
    const present = new Set(fromMeeting.map((a) => foldForSearch(a.fullName)));
    const fromDirectory = (searching ? (directory.data ?? []) : [])
      .filter((p) => !present.has(foldForSearch(p.fullName)))
      .slice(0, 20)
      .map((p) => ({ fullName: p.fullName, title: p.title, extra: p.organisationName }));
    const seen = new Set<string>();
    const toOptions = (people: typeof fromMeeting) =>
      people.flatMap((person) => {
        const fill = fillOf(person);
        if (seen.has(fill)) return [];
        seen.add(fill);
        const label = [person.fullName, person.title].filter(Boolean).join(' — ');
        const option = { ...matchOption(fill, label, { text: person.fullName, also: [person.title, person.extra] }), person };
        // Filtered here rather than by antd: the same matcher for both groups, on exactly what is in the field.
        return matchesPrepared(value, option.match) ? [option] : [];
      });
    const groups = [
      { label: 'Thành phần hội nghị', options: toOptions(fromMeeting) },
      { label: 'Danh bạ', options: toOptions(fromDirectory) },
    ];
    return groups.filter((group) => group.options.length > 0);
  }, [attendees, directory.data, searching, fillOf, value]);

  return (
    <AutoComplete
      value={value}
      options={options}
      style={{ width: '100%' }}
      popupMatchSelectWidth={560}
      // Options wrap: a long title is read whole in the list, not cut with "…".
      classNames={{ popup: { root: 'speaker-options' } }}
      showSearch={{ filterOption: false }}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(next: string) => onChange(next.replace(/\n/g, ' '))}
      onSelect={(_fill: string, option) => {
        const person = (option as { person?: PickedSpeaker }).person;
        if (person) onPick({ fullName: person.fullName, title: person.title });
      }}
    >
      <Input.TextArea aria-label={ariaLabel} placeholder={placeholder} autoSize={{ minRows: 1, maxRows: 5 }} />
    </AutoComplete>
  );
}
