import type { FieldValue } from '../../data/generation';
import type { SalesforceContext } from '../context';
import { parseRecordId } from '../ids';

/** What the identity URL and userinfo tell of a user: the User record's own values. */
function userRecord(ctx: SalesforceContext, userId: string) {
  const users = ctx.org.store('User');
  const reader = users?.reader();
  const position = parseRecordId(userId)?.position ?? 0;
  const record = reader?.at(position);
  const read = (field: string): FieldValue => (record ? record.read(field) : null);
  const text = (field: string, fallback: string) => {
    const value = read(field);
    return typeof value === 'string' ? value : fallback;
  };
  const lastModified = read('LastModifiedDate');
  return {
    username: text('Username', ctx.credentials.username),
    name: text('Name', 'Admin User'),
    firstName: text('FirstName', ''),
    lastName: text('LastName', 'User'),
    email: text('Email', ctx.credentials.username),
    timeZone: text('TimeZoneSidKey', 'GMT'),
    locale: text('LocaleSidKey', 'en_US'),
    language: text('LanguageLocaleKey', 'en_US'),
    updatedAt: typeof lastModified === 'number' ? lastModified : ctx.now(),
  };
}

/** The `urls` block both answers carry, with Salesforce's `{version}` placeholders. */
function urlsOf(ctx: SalesforceContext, userId: string) {
  const base = `${ctx.origin()}/services/data/v{version}`;
  const orgId = ctx.org.organizationId;
  return {
    enterprise: `${ctx.origin()}/services/Soap/c/{version}/${orgId.slice(0, 15)}`,
    metadata: `${ctx.origin()}/services/Soap/m/{version}/${orgId.slice(0, 15)}`,
    partner: `${ctx.origin()}/services/Soap/u/{version}/${orgId.slice(0, 15)}`,
    rest: `${base}/`,
    sobjects: `${base}/sobjects/`,
    search: `${base}/search/`,
    query: `${base}/query/`,
    recent: `${base}/recent/`,
    tooling_soap: `${ctx.origin()}/services/Soap/T/{version}/${orgId.slice(0, 15)}`,
    tooling_rest: `${base}/tooling/`,
    profile: `${ctx.origin()}/${userId}`,
    feeds: `${base}/chatter/feeds`,
    groups: `${base}/chatter/groups`,
    users: `${base}/chatter/users`,
    feed_items: `${base}/chatter/feed-items`,
    feed_elements: `${base}/chatter/feed-elements`,
    custom_domain: ctx.origin(),
  };
}

/** Offset of a time zone from UTC at `at`, in milliseconds. */
function utcOffsetMs(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(at / 1000) * 1000;
}

const pictureUrls = (ctx: SalesforceContext) => ({
  picture: `${ctx.origin()}/img/userprofile/default_profile_200_v2.png`,
  thumbnail: `${ctx.origin()}/img/userprofile/default_profile_45_v2.png`,
});

/** `GET /id/<orgId>/<userId>`: the identity service's answer. */
export function identityOf(ctx: SalesforceContext, userId: string) {
  const user = userRecord(ctx, userId);
  const orgId = ctx.org.organizationId;
  return {
    id: `${ctx.origin()}/id/${orgId}/${userId}`,
    asserted_user: true,
    user_id: userId,
    organization_id: orgId,
    username: user.username,
    nick_name: user.username.split('@')[0],
    display_name: user.name,
    email: user.email,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: user.timeZone,
    photos: pictureUrls(ctx),
    addr_street: null,
    addr_city: null,
    addr_state: null,
    addr_country: null,
    addr_zip: null,
    mobile_phone: null,
    mobile_phone_verified: false,
    is_lightning_login_user: false,
    status: { created_date: null, body: null },
    urls: urlsOf(ctx, userId),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffsetMs(user.timeZone, ctx.now()),
    last_modified_date: new Date(user.updatedAt).toISOString().replace('Z', '+0000'),
    is_app_installed: true,
  };
}

/** `GET /services/oauth2/userinfo`: the OpenID Connect UserInfo answer, Salesforce's fields. */
export function userInfoOf(ctx: SalesforceContext, userId: string) {
  const user = userRecord(ctx, userId);
  const orgId = ctx.org.organizationId;
  return {
    sub: `${ctx.origin()}/id/${orgId}/${userId}`,
    user_id: userId,
    organization_id: orgId,
    preferred_username: user.username,
    nickname: user.username.split('@')[0],
    name: user.name,
    email: user.email,
    email_verified: true,
    given_name: user.firstName,
    family_name: user.lastName,
    zoneinfo: user.timeZone,
    photos: pictureUrls(ctx),
    profile: `${ctx.origin()}/${userId}`,
    picture: pictureUrls(ctx).picture,
    address: {},
    is_salesforce_integration_user: false,
    urls: urlsOf(ctx, userId),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffsetMs(user.timeZone, ctx.now()),
    updated_at: new Date(user.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    is_app_installed: true,
  };
}
