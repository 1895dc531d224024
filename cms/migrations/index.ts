import * as migration_20261130_083131_initial from './20261130_083131_initial';
import * as migration_20261130_144153_coordinator_verification_regional_editor from './20261130_144153_coordinator_verification_regional_editor';

export const migrations = [
  {
    up: migration_20261130_083131_initial.up,
    down: migration_20261130_083131_initial.down,
    name: '20261130_083131_initial',
  },
  {
    up: migration_20261130_144153_coordinator_verification_regional_editor.up,
    down: migration_20261130_144153_coordinator_verification_regional_editor.down,
    name: '20261130_144153_coordinator_verification_regional_editor'
  },
];
