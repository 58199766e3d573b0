import { render, screen } from '@testing-library/react';
import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from './i18n/LanguageProvider';
import { StaircasePicture } from './StaircasePicture';

describe('StaircasePicture (large)', () => {
  it('names the current step and the way down in its text alternative', () => {
    render(<StaircasePicture staircase={defaultStaircase} currentStep="home-based" />);
    const img = screen.getByRole('img');
    const label = img.getAttribute('aria-label') ?? '';
    expect(label).toContain('Barnet er på trin 3 af 6: Hjemmebaserede indsatser.');
    expect(label).toContain('Vejen ned går over Trin 2 (Forebyggelse), Trin 1');
    expect(img.querySelector('title')?.textContent).toBe(label);
  });

  it('highlights only the current step, marks lower steps as the way down, with a text label', () => {
    const { container } = render(
      <StaircasePicture staircase={defaultStaircase} currentStep="home-based" />,
    );
    const current = container.querySelectorAll('.tr-staircase__step--current');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Barnet er her nu');
    expect(current[0]?.textContent).toContain('Hjemmebaserede indsatser');
    expect(container.querySelectorAll('.tr-staircase__step--below')).toHaveLength(2);
    expect(container.querySelectorAll('.tr-staircase__step--above')).toHaveLength(3);
    expect(container.querySelector('.tr-staircase__way-down')?.textContent).toBe('Vejen ned');
  });

  it('draws rank 1 at the bottom', () => {
    const { container } = render(
      <StaircasePicture staircase={defaultStaircase} currentStep="institution" />,
    );
    const ranks = [...container.querySelectorAll('.tr-staircase__rank')].map(
      (el) => el.textContent,
    );
    expect(ranks).toEqual(['6', '5', '4', '3', '2', '1']);
  });

  it('speaks English with lang="en" and takes a custom current label', () => {
    render(
      <StaircasePicture
        staircase={defaultStaircase}
        currentStep="prevention"
        lang="en"
        currentLabel="Your child is here"
      />,
    );
    const img = screen.getByRole('img', { name: /step 2 of 6: Prevention/ });
    expect(img.textContent).toContain('Your child is here');
  });

  it('follows the LanguageProvider when no lang is given', () => {
    render(
      <LanguageProvider initialLang="en">
        <StaircasePicture staircase={defaultStaircase} currentStep="universal" />
      </LanguageProvider>,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      'step 1 of 6: Early prevention in universal services',
    );
    expect(document.querySelector('.tr-staircase__way-down')).toBeNull();
  });

  it('says so when the child is on no step', () => {
    render(<StaircasePicture staircase={defaultStaircase} currentStep={null} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Indsatstrappen med 6 trin. Barnet er ikke på et trin lige nu.',
    );
    expect(document.querySelector('.tr-staircase__step--current')).toBeNull();
  });
});

describe('StaircasePicture (small)', () => {
  it('is a compact icon named after the current step, with a visible n/total', () => {
    const { container } = render(
      <StaircasePicture staircase={defaultStaircase} currentStep="network-care" size="small" />,
    );
    screen.getByRole('img', { name: 'Trin 4 af 6: Anbringelse i slægt eller netværk' });
    expect(container.querySelector('.tr-staircase__fraction')?.textContent).toBe('4/6');
    expect(container.querySelectorAll('.tr-staircase__step--current')).toHaveLength(1);
    expect(container.querySelector('.tr-staircase__marker')).not.toBeNull();
  });
});
