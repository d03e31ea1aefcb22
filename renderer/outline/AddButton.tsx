import type { ReactNode } from 'react';

interface AddButtonProps {
  onClick: () => void;
  children: ReactNode;
  /** A fuller accessible name, e.g. "Add objective to Customer Acquisition". */
  label?: string;
  className?: string;
}

export function AddButton({ onClick, children, label, className }: AddButtonProps) {
  return (
    <button type="button" className={['add-button', className].filter(Boolean).join(' ')} aria-label={label} onClick={onClick}>
      <span className="add-button__plus" aria-hidden="true">
        +
      </span>
      {children}
    </button>
  );
}
