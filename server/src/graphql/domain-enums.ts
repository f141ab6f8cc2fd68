import { DOMAIN_ENUMS } from '@splot/domain';

const quote = (text: string) => JSON.stringify(text);

/**
 * The SDL of the enums that are domain facts (@splot/domain's DOMAIN_ENUMS): written from the
 * domain's lists, so the API cannot drift from them and a new value needs no edit here.
 */
export function domainEnumsSdl(): string {
  return Object.entries(DOMAIN_ENUMS)
    .map(([name, { description, values, notes }]) => {
      const lines = values.map((value) => {
        const note = notes?.[value];
        return note ? `  ${quote(note)}\n  ${value}` : `  ${value}`;
      });
      const head = description ? `${quote(description)}\n` : '';
      return `${head}enum ${name} {\n${lines.join('\n')}\n}\n`;
    })
    .join('\n');
}
