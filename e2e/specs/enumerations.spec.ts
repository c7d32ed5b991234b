import { expect, test } from '../fixtures/console-test';
import { setUpAndLogOn } from '../pages/first-steps';

test('create, reorder, disable, reopen, refuse a duplicate, delete an enumeration', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  const enumerations = await main.openEnumerations();

  await test.step('create one with three values, reorder and disable one, save', async () => {
    await enumerations.startNew();
    await enumerations.name.fill('crmIndustry');
    await enumerations.label.fill('Industry');
    await enumerations.addValue('agri', 'Agriculture');
    await enumerations.addValue('bank', 'Banking');
    await enumerations.addValue('chem', 'Chemicals');
    await enumerations.moveUp(2);
    await enumerations.setEnabled(2, false);
    await enumerations.saveAndConfirm('crmIndustry');
    await expect(enumerations.valueCount('crmIndustry')).toHaveText('3');
  });

  await test.step('reopen: order and the disabled value are kept', async () => {
    await enumerations.cancel();
    await enumerations.open('crmIndustry');
    await expect(enumerations.label).toHaveValue('Industry');
    expect(await enumerations.readValues()).toEqual([
      { value: 'agri', label: 'Agriculture', enabled: true },
      { value: 'chem', label: 'Chemicals', enabled: true },
      { value: 'bank', label: 'Banking', enabled: false },
    ]);
  });

  await test.step('a duplicate value is refused visibly and nothing is saved', async () => {
    await enumerations.setValue(2, 'agri');
    await expect(enumerations.valueError(2)).toHaveText("Value 'agri' is already used by row 1.");
    await enumerations.save();
    await expect(enumerations.formError).toContainText("Value 'agri' is already used by row 1.");
    await enumerations.cancel();
    await enumerations.open('crmIndustry');
    expect((await enumerations.readValues()).map((v) => v.value)).toEqual(['agri', 'chem', 'bank']);
  });

  await test.step('move a value down and remove another', async () => {
    await enumerations.moveDown(0);
    await enumerations.removeValue(2);
    await enumerations.saveAndConfirm('crmIndustry');
    expect((await enumerations.readValues()).map((v) => v.value)).toEqual(['chem', 'agri']);
    await expect(enumerations.valueCount('crmIndustry')).toHaveText('2');
  });

  await test.step('delete it after confirming', async () => {
    await enumerations.deleteFromEditor('crmIndustry');
    await expect(enumerations.editor).toBeHidden();
  });
});
