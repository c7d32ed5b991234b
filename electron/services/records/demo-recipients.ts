import { Faker, en } from '@faker-js/faker';
import type { RecordRow } from '../../../shared/domain/records';

/**
 * Deterministic synthetic recipients for demos and benchmarks: row `id` is always the same
 * person, whatever the batch it is generated in.
 */
export function demoRecipients(firstId: number, count: number): RecordRow[] {
  const faker = new Faker({ locale: [en] });
  const rows: RecordRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    faker.seed(id);
    const sex = faker.person.sexType();
    const firstName = faker.person.firstName(sex);
    const lastName = faker.person.lastName();
    const created = faker.date.between({
      from: '2015-01-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    rows[i] = {
      id,
      email: faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase(),
      firstName,
      lastName,
      gender: sex === 'male' ? 1 : 2,
      birthDate: faker.date
        .birthdate({ mode: 'age', min: 18, max: 90, refDate: '2026-01-01T00:00:00Z' })
        .toISOString()
        .slice(0, 10),
      company: faker.company.name().slice(0, 80),
      phone: faker.phone.number({ style: 'international' }),
      blackList: faker.datatype.boolean(0.03),
      blackListEmail: faker.datatype.boolean(0.08),
      blackListPhone: faker.datatype.boolean(0.05),
      created: created.toISOString(),
      lastModified: faker.date.between({ from: created, to: '2026-06-01T00:00:00Z' }).toISOString(),
      salesforceId: null,
      dynamicsId: null,
      oracleId: null,
    };
  }
  return rows;
}
