import * as migration_20261130_083131_initial from './20261130_083131_initial';

export const migrations = [
  {
    up: migration_20261130_083131_initial.up,
    down: migration_20261130_083131_initial.down,
    name: '20261130_083131_initial'
  },
];
