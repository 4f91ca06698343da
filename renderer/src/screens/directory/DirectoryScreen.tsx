import { Tabs } from 'antd';
import { useNavigation } from '../../store/navigation';
import { OrganisationsTab } from './OrganisationsTab';
import { PeopleTab } from './PeopleTab';

type DirectoryTab = 'people' | 'organisations';

/** "Danh bạ": the people and organisations that meetings, tasks and documents refer to. */
export function DirectoryScreen({ tab }: { tab: DirectoryTab }) {
  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Danh bạ</h1>
      </div>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => void useNavigation.getState().navigate({ name: 'directory', tab: key as DirectoryTab })}
        items={[
          { key: 'people', label: 'Người', children: <PeopleTab /> },
          { key: 'organisations', label: 'Cơ quan, tổ chức', children: <OrganisationsTab /> },
        ]}
      />
    </div>
  );
}
