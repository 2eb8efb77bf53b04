/**
 * Showing and hiding the steps of a step-by-step page, as GOV.UK's component does: each step's
 * heading gets a button, and one button shows or hides them all. Without this script every step is
 * open; with it, the steps start closed but the one the address points to.
 */
function toggle(step: HTMLElement, open: boolean, labels: DOMStringMap): void {
  const button = step.querySelector<HTMLButtonElement>('[data-step-toggle]')!;
  step.querySelector<HTMLElement>('[data-step-body]')!.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  button.querySelector('.step__toggle-label')!.textContent = open ? labels.hide! : labels.show!;
}

function enhance(root: HTMLElement): void {
  const labels = root.dataset;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const all = Object.assign(document.createElement('button'), { type: 'button', className: 'step-by-step__all' });
  const allOpen = () =>
    steps.every((s) => s.querySelector('[data-step-toggle]')!.getAttribute('aria-expanded') === 'true');
  const label = () => {
    all.textContent = allOpen() ? labels.hideAll! : labels.showAll!;
    all.setAttribute('aria-expanded', String(allOpen()));
  };
  for (const step of steps) {
    const title = step.querySelector<HTMLElement>('.step__title')!;
    const button = Object.assign(document.createElement('button'), { type: 'button' });
    button.dataset.stepToggle = '';
    button.setAttribute('aria-controls', step.querySelector('[data-step-body]')!.id);
    button.append(
      ...title.childNodes,
      Object.assign(document.createElement('span'), { className: 'step__toggle-label' }),
    );
    title.append(button);
    button.addEventListener('click', () => {
      toggle(step, button.getAttribute('aria-expanded') !== 'true', labels);
      label();
    });
    toggle(step, location.hash === `#${step.id}`, labels);
  }
  all.addEventListener('click', () => {
    const open = !allOpen();
    for (const step of steps) toggle(step, open, labels);
    label();
  });
  label();
  root.prepend(all);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-step-by-step]')) enhance(root);
