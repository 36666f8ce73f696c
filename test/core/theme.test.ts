import { describe, expect, it } from 'vitest';
import { themeOf } from '../../src/core/theme';

describe('themeOf', () => {
  it.each([
    ['Pass the SOC 2 audit with no exceptions', 'Risk mitigation'],
    ['Be the most trusted brand in home insurance', 'Differentiation'],
    ['Grow wallet share with the top 50 accounts', 'Growth'],
    ['Cut unplanned downtime in half', 'Risk mitigation'],
    ['Achieve HITRUST certification', 'Risk mitigation'],
    ['Reduce store shrink', 'Risk mitigation'],
    ['Pass ISO 27001', 'Risk mitigation'],
    ['Avoid GDPR fines on customer data', 'Risk mitigation'],
    ['Be #1 in the Gartner MQ', 'Differentiation'],
    ['Marktführer für Laborautomation in Europa werden', 'Differentiation'],
    ['Devenir le leader du marché des capteurs connectés', 'Differentiation'],
    ['Ser la marca de café más valorada por los consumidores', 'Differentiation'],
    ['Reducir el consumo de agua un 20%', 'Risk mitigation'],
    ['Increase EMEA revenue 20% by FY27', 'Growth'],
    ['Umsatz in der DACH-Region um 15 % steigern', 'Growth'],
    ['Aumentar a receita recorrente em 20 % até 2027', 'Growth'],
    ['Zerar acidentes com afastamento nas fábricas', 'Risk mitigation'],
    ['Ser a marca preferida das pequenas empresas', 'Differentiation'],
    ['Ausfallzeiten der Produktion halbieren', 'Risk mitigation'],
    ['Devenir la marque de référence pour la qualité de service', 'Differentiation'],
    ['Réduire les risques de fraude sur les paiements', 'Risk mitigation'],
    ['Aumentar las ventas en México un 10 %', 'Growth'],
    ['Evitar multas regulatorias en 2027', 'Risk mitigation'],
    ['Kundenzufriedenheit auf 90 % erhöhen', 'Differentiation'],
    ['Devenir la banque préférée des PME', 'Differentiation'],
    ['Réduire le taux d’attrition client à moins de 5 %', 'Risk mitigation'],
    ['Reduce customer complaints below 0.5 per 1000 cases', 'Risk mitigation'],
    ['Reducir el consumo de agua un 40 %', 'Risk mitigation'],
    ['Ser la bodega más reconocida de la región', 'Differentiation'],
    ['Win three new enterprise logos in the Nordics', 'Growth'],
  ])('finds the theme of “%s”', (text, theme) => {
    expect(themeOf(text)).toBe(theme);
  });

  it('finds no theme where no theme words are', () => {
    expect(themeOf('')).toBeNull();
    expect(themeOf('Quarterly update meeting')).toBeNull();
  });

  it('reads a very long statement without trouble', () => {
    expect(themeOf('improve revenue '.repeat(6250))).toBe('Growth');
  });
});
