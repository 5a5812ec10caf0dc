/** A Dateline CSV of `rows` events, a day apart from 2024-01-01, in three lanes: for the loading tests and the bench. */
export function datelineCsv(rows) {
  const lines = ['id,start,title,group,certainty'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(`e${i},${day},"Event ${i}, in order",${['North Korea', 'Russia', 'Ukraine'][i % 3]},${i % 5 ? 'confirmed' : 'claimed'}`);
  }
  return lines.join('\r\n') + '\r\n';
}
