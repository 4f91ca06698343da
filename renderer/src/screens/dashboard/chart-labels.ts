/** "thành phố Hải Phòng", "xã Tân Lập": where a committee's or organisation's name says its place. */
const PLACE = /\s(tỉnh|thành phố|xã|phường|huyện|quận|thị xã|đặc khu)(\s|$)/u;
/** The Front's own committees, of this level or another: always named in full. */
const FRONT_COMMITTEE = /^Ủy ban (MTTQ|Mặt trận Tổ quốc)\b/u;

function placeOf(name: string): string | null {
  const at = name.search(PLACE);
  return at > 0 ? name.slice(at + 1) : null;
}

/**
 * The label of an organisation on the dashboard's chart. The member organisations of the
 * committee's own place lose the place ("Hội Nông dân thành phố Hải Phòng" → "Hội Nông dân": it is
 * the same for every bar); a Front committee never does ("Ủy ban MTTQ Việt Nam" alone could be any
 * of them), nor does an organisation of another place.
 */
export function chartLabel(name: string, committeeName: string): string {
  if (FRONT_COMMITTEE.test(name)) return name;
  // Matched at the end: "xã" also begins "xã hội" ("Bảo hiểm xã hội thành phố Hải Phòng").
  const ownPlace = placeOf(committeeName);
  if (ownPlace === null || !name.endsWith(` ${ownPlace}`)) return name;
  return name.slice(0, name.length - ownPlace.length).trimEnd();
}
