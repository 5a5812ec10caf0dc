import { css } from 'lit';

/** The legend: one wrapping line of sample marks with their words. */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .legend li {
    --_c: var(--_muted);
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend .swatch {
    position: relative;
    flex: none;
    width: 28px;
    height: 22px;
  }
  .legend .span .mark,
  .legend .extent .mark {
    width: 28px;
  }
  .vertical .legend {
    margin: 0 0 8px;
  }
`;
