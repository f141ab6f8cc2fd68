import { parseArgs } from 'node:util';
import { mintToken } from '../auth/mint-token.js';
import { ROLES, type Role } from '../auth/principal.js';
import { loadConfig } from '../config.js';

// `pnpm token --role editor --regions 26[,06] [--sub ala] [--expires 8h]`: prints an HS256 token
// signed with JWT_SECRET, for local use (paste it into the web app's sign-in box, or send it as
// `Authorization: Bearer <token>`). A real deployment takes tokens from its identity provider.
const usage =
  'usage: pnpm run token --role viewer|editor|admin [--regions 26,06] [--sub NAME] [--expires 8h]\n' +
  '       (needs JWT_SECRET in the environment, the same the server runs with)';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    regions: { type: 'string', default: '' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    help: { type: 'boolean', default: false },
  },
  // pnpm passes a lone "--" through when the arguments follow one.
  allowPositionals: true,
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
const regions = values.regions.split(/[\s,]+/).filter((r) => r.length > 0);
const badRegion = regions.find((r) => !/^\d{2}$/.test(r));
if (badRegion !== undefined) fail(`"${badRegion}" is not a voivodeship TERYT code (two digits, e.g. 26).`);
if (role === 'editor' && regions.length === 0) fail('An editor needs --regions (e.g. --regions 26).');

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!config.JWT_SECRET) fail('JWT_SECRET is not set.');

console.log(
  await mintToken({
    secret: config.JWT_SECRET,
    role,
    regions,
    expiresIn: values.expires,
    ...(values.sub ? { subject: values.sub } : {}),
    ...(config.JWT_ISSUER ? { issuer: config.JWT_ISSUER } : {}),
    ...(config.JWT_AUDIENCE ? { audience: config.JWT_AUDIENCE } : {}),
  }),
);
